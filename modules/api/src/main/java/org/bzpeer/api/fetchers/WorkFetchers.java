package org.bzpeer.api.fetchers;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.bzpeer.api.loaders.Loaders;
import org.bzpeer.core.model.Authorship;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.Source;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;
import org.bzpeer.core.rules.GlobalIds;

/** Fields of {@code Work}, {@code Authorship}, {@code WorkTopic}, and the ids of the small node types. */
public final class WorkFetchers {

    /** What {@code WorkTopic} resolves from. */
    public record WorkTopicView(Topic topic, double score, boolean isPrimary) {
    }

    public String id(DataFetchingEnvironment env) {
        return GlobalIds.encode(Ids.WORK, work(env).id());
    }

    public String abstractText(DataFetchingEnvironment env) {
        return work(env).abstractText();
    }

    public Integer year(DataFetchingEnvironment env) {
        return work(env).publicationYear();
    }

    public boolean isOpenAccess(DataFetchingEnvironment env) {
        return work(env).openAccess();
    }

    public CompletableFuture<Source> venue(DataFetchingEnvironment env) {
        Long sourceId = work(env).sourceId();
        return sourceId == null ? CompletableFuture.completedFuture(null)
                : Loaders.sourceById(env).load(sourceId);
    }

    public CompletableFuture<List<Authorship>> authorships(DataFetchingEnvironment env) {
        return Loaders.authorshipsByWork(env).load(work(env).id());
    }

    public CompletableFuture<List<WorkTopicView>> topics(DataFetchingEnvironment env) {
        return Loaders.topicsByWork(env).load(work(env).id())
                .thenApply(list -> list.stream()
                        .map(t -> new WorkTopicView(t.topic(), t.score(), t.primary())).toList());
    }

    // Authorship

    public String authorPosition(DataFetchingEnvironment env) {
        Authorship a = env.getSource();
        return a.authorPosition().toUpperCase(Locale.ROOT);
    }

    public CompletableFuture<Researcher> authorshipResearcher(DataFetchingEnvironment env) {
        Authorship a = env.getSource();
        return Loaders.researcherById(env).load(a.researcherId());
    }

    public boolean isCorresponding(DataFetchingEnvironment env) {
        Authorship a = env.getSource();
        return a.corresponding();
    }

    public CompletableFuture<List<Institution>> authorshipInstitutions(DataFetchingEnvironment env) {
        Authorship a = env.getSource();
        return Loaders.institutionById(env).loadMany(a.institutionIds())
                .thenApply(list -> list.stream().filter(i -> i != null).toList());
    }

    private static Work work(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
