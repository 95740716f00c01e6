package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.api.loaders.Loaders.PageKey;
import org.bzpeer.api.loaders.Loaders.Ranked;
import org.bzpeer.api.paging.Connection;
import org.bzpeer.api.paging.PageArgs;
import org.bzpeer.api.paging.Pages;
import org.bzpeer.api.paging.Pages.WorkEdge;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.ResearcherCounts;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.rules.GlobalIds;
import org.bzpeer.core.rules.Headlines;
import org.bzpeer.core.rules.TrustInputs;
import org.bzpeer.core.rules.TrustRule;
import org.bzpeer.core.rules.TrustSignal;
import org.bzpeer.core.rules.TrustSnapshot;
import org.bzpeer.store.repo.ClaimRepository.TrustFacts;

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

    public record TopicEdge(String cursor, Topic node, int worksCount) implements Connection.Edge {
    }

    /** {@code Collaborator}. */
    public record CollaboratorEdge(String cursor, Researcher node, int sharedWorksCount, Integer latestYear)
            implements Connection.Edge {
    }

    static final String TOPICS_CURSOR = "researcher-topics";
    static final String COLLABORATORS_CURSOR = "collaborators";

    private final Pages pages;

    public ResearcherFetchers(Pages pages) {
        this.pages = pages;
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

    /** False for anonymous requests, without a statement. */
    public CompletableFuture<Boolean> viewerIsFollowing(DataFetchingEnvironment env) {
        if (env.getGraphQlContext().get(org.bzpeer.api.GraphQLService.VIEWER) == null) {
            return CompletableFuture.completedFuture(false);
        }
        return Loaders.viewerFollows(env).load(source(env).id()).thenApply(Boolean.TRUE::equals);
    }

    public int followers(DataFetchingEnvironment env) {
        return source(env).followersCount();
    }

    public CompletableFuture<Stats> stats(DataFetchingEnvironment env) {
        Researcher r = source(env);
        return counts(env, r).thenApply(c -> new Stats(c.works(), r.followersCount(), c.topics(), c.collaborators()));
    }

    public CompletableFuture<Trust> trust(DataFetchingEnvironment env) {
        Researcher r = source(env);
        // Claim facts come through their own batch loader: one statement for all researchers of a request.
        return counts(env, r).thenCombine(Loaders.trustFacts(env).load(r.id()), (c, found) -> {
            TrustFacts f = found == null ? TrustFacts.NONE : found;
            return Trust.of(TrustRule.evaluate(new TrustInputs(true, c.works(), r.claimStatus(), f.emailConfirmed(),
                    f.institutionalEmailConfirmed(), f.orcidConfirmed(), f.vouches(), f.moderatorReviewed(), f.openDisputes())));
        });
    }

    public CompletableFuture<Connection<WorkEdge>> works(DataFetchingEnvironment env) {
        Researcher r = source(env);
        PageArgs args = PageArgs.of(env);
        return Loaders.worksByResearcher(env).load(new PageKey<>(r.id(), pages.workPage(args)))
                .thenApply(rows -> pages.works(args, rows, total -> counts(total, r).thenApply(ResearcherCounts::works)));
    }

    public CompletableFuture<Connection<TopicEdge>> topics(DataFetchingEnvironment env) {
        Researcher r = source(env);
        return pages.ranked(env, TOPICS_CURSOR,
                total -> counts(total, r).thenApply(ResearcherCounts::topics),
                window -> Loaders.topicsByResearcher(env)
                        .load(new PageKey<>(r.id(), new Ranked(window.limit(), window.offset()))),
                (cursor, t) -> new TopicEdge(cursor, t.topic(), t.worksCount()));
    }

    public CompletableFuture<Connection<CollaboratorEdge>> collaborators(DataFetchingEnvironment env) {
        Researcher r = source(env);
        return pages.ranked(env, COLLABORATORS_CURSOR,
                total -> counts(total, r).thenApply(ResearcherCounts::collaborators),
                window -> Loaders.collaboratorsByResearcher(env)
                        .load(new PageKey<>(r.id(), new Ranked(window.limit(), window.offset()))),
                (cursor, c) -> new CollaboratorEdge(cursor, c.collaborator(), c.collaboration().sharedWorks(),
                        c.collaboration().latestYear()));
    }

    private static CompletableFuture<ResearcherCounts> counts(DataFetchingEnvironment env, Researcher r) {
        return Loaders.researcherStats(env).load(r.id())
                .thenApply(c -> c == null ? ResearcherCounts.empty(r.id()) : c);
    }

    private static Researcher source(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
