package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.errors.ApiException;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.loaders.Loaders.PageKey;
import org.bzpeer.api.loaders.Loaders.Ranked;
import org.bzpeer.api.paging.Connection;
import org.bzpeer.api.paging.Cursors;
import org.bzpeer.api.paging.PageSize;
import org.bzpeer.core.model.Collaboration;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.ResearcherCounts;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;
import org.bzpeer.core.rules.GlobalIds;
import org.bzpeer.core.rules.Headlines;
import org.bzpeer.core.rules.TrustInputs;
import org.bzpeer.core.rules.TrustRule;
import org.bzpeer.core.rules.TrustSignal;
import org.bzpeer.core.rules.TrustSnapshot;
import org.bzpeer.store.repo.TopicRepository.ResearcherTopic;
import org.bzpeer.store.repo.WorkPage;

/** Fields of {@code Researcher}, and of the edges hanging off it. */
public final class ResearcherFetchers {

    /** What {@code ResearcherStats} resolves from. */
    public record Stats(int works, int followers, int topics, int closeCollaborators) {
    }

    /** What {@code TrustSnapshot} resolves from. */
    public record Trust(int score, String label, String summary, String verificationLevel, String claimStatus,
                        String claimStatusLabel, List<TrustSignal> signals) {

        static Trust of(TrustSnapshot s) {
            return new Trust(s.score(), s.label(), s.headline(), s.verificationLabel(), s.claimStatus().name(),
                    s.claimStatus().label(), s.signals());
        }
    }

    public record WorkEdge(String cursor, Work node) implements Connection.Edge {
    }

    public record TopicEdge(String cursor, Topic node, int worksCount) implements Connection.Edge {
    }

    /** {@code Collaborator}: the node is loaded by its own fetcher. */
    public record CollaboratorEdge(String cursor, long collaboratorId, int sharedWorksCount, Integer latestYear)
            implements Connection.Edge {
    }

    static final String WORKS_CURSOR = "works";
    static final String TOPICS_CURSOR = "researcher-topics";
    static final String COLLABORATORS_CURSOR = "collaborators";

    private final Cursors cursors;

    public ResearcherFetchers(Cursors cursors) {
        this.cursors = cursors;
    }

    public String id(DataFetchingEnvironment env) {
        return GlobalIds.encode(Ids.RESEARCHER, source(env).id());
    }

    public String headline(DataFetchingEnvironment env) {
        return Headlines.headlineOf(source(env));
    }

    public String openAlexId(DataFetchingEnvironment env) {
        return source(env).openalexId();
    }

    public String openAlexUrl(DataFetchingEnvironment env) {
        return "https://openalex.org/" + source(env).openalexId();
    }

    public CompletableFuture<List<Institution>> affiliations(DataFetchingEnvironment env) {
        return Loaders.affiliationsByResearcher(env).load(source(env).id());
    }

    public CompletableFuture<Stats> stats(DataFetchingEnvironment env) {
        Researcher r = source(env);
        return counts(env, r).thenApply(c -> new Stats(c.works(), r.followersCount(), c.topics(), c.collaborators()));
    }

    public CompletableFuture<Trust> trust(DataFetchingEnvironment env) {
        Researcher r = source(env);
        return counts(env, r).thenApply(c ->
                Trust.of(TrustRule.evaluate(TrustInputs.forImportedRecord(c.works(), r.claimStatus()))));
    }

    public CompletableFuture<Connection<WorkEdge>> works(DataFetchingEnvironment env) {
        Researcher r = source(env);
        int first = PageSize.first(env.getArgument("first"), "works");
        WorkPage page = workPageAfter(env.getArgument("after"), first + 1);
        return Loaders.worksByResearcher(env).load(new PageKey<>(r.id(), page))
                .thenCombine(counts(env, r), (works, counts) -> {
                    List<WorkEdge> edges = new ArrayList<>();
                    for (Work w : works.subList(0, Math.min(first, works.size()))) {
                        edges.add(new WorkEdge(cursors.encode(WORKS_CURSOR, workKey(w)), w));
                    }
                    return Connection.of(edges, works.size() > first, page.afterId() != null, counts.works());
                });
    }

    public CompletableFuture<Connection<TopicEdge>> topics(DataFetchingEnvironment env) {
        Researcher r = source(env);
        int first = PageSize.first(env.getArgument("first"), "topics");
        int offset = offsetAfter(TOPICS_CURSOR, env.getArgument("after"));
        return Loaders.topicsByResearcher(env)
                .load(new PageKey<>(r.id(), new Ranked(first + 1, offset)))
                .thenCombine(counts(env, r), (topics, counts) -> {
                    List<TopicEdge> edges = new ArrayList<>();
                    for (int i = 0; i < Math.min(first, topics.size()); i++) {
                        ResearcherTopic t = topics.get(i);
                        edges.add(new TopicEdge(cursors.encode(TOPICS_CURSOR, String.valueOf(offset + i + 1)),
                                t.topic(), t.worksCount()));
                    }
                    return Connection.of(edges, topics.size() > first, offset > 0, counts.topics());
                });
    }

    public CompletableFuture<Connection<CollaboratorEdge>> collaborators(DataFetchingEnvironment env) {
        Researcher r = source(env);
        int first = PageSize.first(env.getArgument("first"), "collaborators");
        int offset = offsetAfter(COLLABORATORS_CURSOR, env.getArgument("after"));
        return Loaders.collaboratorsByResearcher(env)
                .load(new PageKey<>(r.id(), new Ranked(first + 1, offset)))
                .thenCombine(counts(env, r), (collaborations, counts) -> {
                    List<CollaboratorEdge> edges = new ArrayList<>();
                    for (int i = 0; i < Math.min(first, collaborations.size()); i++) {
                        Collaboration c = collaborations.get(i);
                        edges.add(new CollaboratorEdge(
                                cursors.encode(COLLABORATORS_CURSOR, String.valueOf(offset + i + 1)),
                                c.collaboratorId(), c.sharedWorks(), c.latestYear()));
                    }
                    return Connection.of(edges, collaborations.size() > first, offset > 0, counts.collaborators());
                });
    }

    /** {@code Collaborator.node}. */
    public CompletableFuture<Researcher> collaboratorNode(DataFetchingEnvironment env) {
        CollaboratorEdge edge = env.getSource();
        return Loaders.researcherById(env).load(edge.collaboratorId());
    }

    private static CompletableFuture<ResearcherCounts> counts(DataFetchingEnvironment env, Researcher r) {
        return Loaders.researcherStats(env).load(r.id())
                .thenApply(c -> c == null ? ResearcherCounts.empty(r.id()) : c);
    }

    private static String workKey(Work w) {
        LocalDate date = w.publicationDate() == null ? WorkPage.UNDATED : w.publicationDate();
        return date + "|" + w.id();
    }

    private WorkPage workPageAfter(String after, int limit) {
        if (after == null) {
            return WorkPage.first(limit);
        }
        String key = cursors.decode(WORKS_CURSOR, after);
        int bar = key.indexOf('|');
        try {
            return new WorkPage(limit, LocalDate.parse(key.substring(0, bar)), Long.parseLong(key.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.badInput("Invalid cursor for `works`.");
        }
    }

    private int offsetAfter(String kind, String after) {
        if (after == null) {
            return 0;
        }
        try {
            return Integer.parseInt(cursors.decode(kind, after));
        } catch (NumberFormatException e) {
            throw ApiException.badInput("Invalid cursor.");
        }
    }

    private static Researcher source(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
