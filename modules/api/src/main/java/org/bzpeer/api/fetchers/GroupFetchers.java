package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
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
import org.bzpeer.core.model.Source;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.rules.GlobalIds;

/** Fields of the types that group works and people: {@code Topic}, {@code Institution}, {@code Source}. */
public final class GroupFetchers {

    /** A researcher within a topic or institution, with how many works put them there. */
    public record MemberEdge(String cursor, Researcher node, int worksCount) implements Connection.Edge {
    }

    static final String TOPIC_RESEARCHERS_CURSOR = "topic-researchers";
    static final String INSTITUTION_RESEARCHERS_CURSOR = "institution-researchers";

    private final Pages pages;

    public GroupFetchers(Pages pages) {
        this.pages = pages;
    }

    public String topicId(DataFetchingEnvironment env) {
        Topic t = env.getSource();
        return GlobalIds.encode(Ids.TOPIC, t.id());
    }

    public CompletableFuture<Connection<WorkEdge>> topicWorks(DataFetchingEnvironment env) {
        Topic t = env.getSource();
        PageArgs args = PageArgs.of(env);
        return Loaders.worksByTopic(env).load(new PageKey<>(t.id(), pages.workPage(args)))
                .thenApply(rows -> pages.works(args, rows, total -> count(Loaders.workCountByTopic(total).load(t.id()))));
    }

    public CompletableFuture<Connection<MemberEdge>> topicResearchers(DataFetchingEnvironment env) {
        Topic t = env.getSource();
        return pages.ranked(env, TOPIC_RESEARCHERS_CURSOR,
                total -> count(Loaders.researcherCountByTopic(total).load(t.id())),
                window -> Loaders.researchersByTopic(env)
                        .load(new PageKey<>(t.id(), new Ranked(window.limit(), window.offset()))),
                (cursor, r) -> new MemberEdge(cursor, r.researcher(), r.worksCount()));
    }

    public String institutionId(DataFetchingEnvironment env) {
        Institution i = env.getSource();
        return GlobalIds.encode(Ids.INSTITUTION, i.id());
    }

    public CompletableFuture<Connection<MemberEdge>> institutionResearchers(DataFetchingEnvironment env) {
        Institution i = env.getSource();
        return pages.ranked(env, INSTITUTION_RESEARCHERS_CURSOR,
                total -> count(Loaders.researcherCountByInstitution(total).load(i.id())),
                window -> Loaders.researchersByInstitution(env)
                        .load(new PageKey<>(i.id(), new Ranked(window.limit(), window.offset()))),
                (cursor, r) -> new MemberEdge(cursor, r.researcher(), r.worksCount()));
    }

    public String sourceId(DataFetchingEnvironment env) {
        Source s = env.getSource();
        return GlobalIds.encode(Ids.SOURCE, s.id());
    }

    public CompletableFuture<Connection<WorkEdge>> sourceWorks(DataFetchingEnvironment env) {
        Source s = env.getSource();
        PageArgs args = PageArgs.of(env);
        return Loaders.worksBySource(env).load(new PageKey<>(s.id(), pages.workPage(args)))
                .thenApply(rows -> pages.works(args, rows, total -> count(Loaders.workCountBySource(total).load(s.id()))));
    }

    private static CompletableFuture<Integer> count(CompletableFuture<Integer> count) {
        return count.thenApply(n -> n == null ? 0 : n);
    }
}
