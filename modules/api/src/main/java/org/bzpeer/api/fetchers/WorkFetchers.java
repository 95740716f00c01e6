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
import org.bzpeer.store.repo.AuthorshipRepository.Credited;

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

    public CompletableFuture<List<Credited>> authorships(DataFetchingEnvironment env) {
        return Loaders.authorshipsByWork(env).load(work(env).id());
    }

    public CompletableFuture<List<WorkTopicView>> topics(DataFetchingEnvironment env) {
        return Loaders.topicsByWork(env).load(work(env).id())
                .thenApply(list -> list.stream()
                        .map(t -> new WorkTopicView(t.topic(), t.score(), t.primary())).toList());
    }

    // Authorship: resolved from an authorship read together with its author

    public int position(DataFetchingEnvironment env) {
        return authorship(env).position();
    }

    public String authorPosition(DataFetchingEnvironment env) {
        return authorship(env).authorPosition().toUpperCase(Locale.ROOT);
    }

    public Researcher authorshipResearcher(DataFetchingEnvironment env) {
        Credited c = env.getSource();
        return c.researcher();
    }

    public String rawAuthorName(DataFetchingEnvironment env) {
        return authorship(env).rawAuthorName();
    }

    public boolean isCorresponding(DataFetchingEnvironment env) {
        return authorship(env).corresponding();
    }

    public CompletableFuture<List<Institution>> authorshipInstitutions(DataFetchingEnvironment env) {
        Authorship a = authorship(env);
        return Loaders.institutionById(env).loadMany(a.institutionIds())
                .thenApply(list -> list.stream().filter(i -> i != null).toList());
    }

    private static Authorship authorship(DataFetchingEnvironment env) {
        Credited c = env.getSource();
        return c.authorship();
    }

    private static Work work(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
