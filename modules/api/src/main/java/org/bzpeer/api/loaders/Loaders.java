package org.bzpeer.api.loaders;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bzpeer.core.graph.GraphSlice;
import org.bzpeer.core.graph.GraphSlice.Link;
import org.bzpeer.core.model.Institution;
import org.bzpeer.core.model.Researcher;
import org.bzpeer.core.model.ResearcherCounts;
import org.bzpeer.core.model.Source;
import org.bzpeer.core.model.Topic;
import org.bzpeer.core.model.Work;
import org.bzpeer.store.Store;
import org.bzpeer.store.repo.TopicRepository.ResearcherTopic;
import org.bzpeer.store.repo.TopicRepository.ScoredTopic;
import org.bzpeer.store.repo.AuthorshipRepository.Credited;
import org.bzpeer.store.repo.CollaborationRepository.WithCollaborator;
import org.bzpeer.store.repo.ResearcherRepository;
import org.bzpeer.store.repo.WorkPage;
import org.bzpeer.store.repo.WorkRepository.Owner;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;

/**
 * Every batch loader, by name. Each batch becomes one repository call, i.e. one {@code = ANY($1)} statement
 * (paged loaders: one statement per distinct page shape, normally one). A new registry is built per request,
 * so nothing is cached across requests or users.
 */
public final class Loaders {

    public static final String RESEARCHER_BY_ID = "researcherById";
    public static final String RESEARCHER_BY_SLUG = "researcherBySlug";
    public static final String RESEARCHER_STATS = "researcherStats";
    public static final String TRUST_FACTS = "trustFacts";
    public static final String AFFILIATIONS_BY_RESEARCHER = "affiliationsByResearcher";
    public static final String WORKS_BY_RESEARCHER = "worksByResearcher";
    public static final String TOPICS_BY_RESEARCHER = "topicsByResearcher";
    public static final String COLLABORATORS_BY_RESEARCHER = "collaboratorsByResearcher";
    public static final String WORK_BY_ID = "workById";
    public static final String WORK_BY_SLUG = "workBySlug";
    public static final String AUTHORSHIPS_BY_WORK = "authorshipsByWork";
    public static final String TOPICS_BY_WORK = "topicsByWork";
    public static final String TOPIC_BY_ID = "topicById";
    public static final String TOPIC_BY_SLUG = "topicBySlug";
    public static final String SOURCE_BY_ID = "sourceById";
    public static final String INSTITUTION_BY_ID = "institutionById";
    public static final String INSTITUTION_BY_SLUG = "institutionBySlug";
    public static final String GRAPH_NEIGHBOURS = "graphNeighbours";
    public static final String VIEWER_FOLLOWS = "viewerFollows";
    public static final String WORKS_BY_TOPIC = "worksByTopic";
    public static final String WORKS_BY_SOURCE = "worksBySource";
    public static final String WORK_COUNT_BY_TOPIC = "workCountByTopic";
    public static final String WORK_COUNT_BY_SOURCE = "workCountBySource";
    public static final String RESEARCHERS_BY_TOPIC = "researchersByTopic";
    public static final String RESEARCHERS_BY_INSTITUTION = "researchersByInstitution";
    public static final String RESEARCHER_COUNT_BY_TOPIC = "researcherCountByTopic";
    public static final String RESEARCHER_COUNT_BY_INSTITUTION = "researcherCountByInstitution";

    /** A page request for one parent: the parent's id plus the page shape shared by a batch. */
    public record PageKey<P>(long parentId, P page) {
    }

    /** Offset pages of ranked lists (collaborators, a researcher's topics). */
    public record Ranked(int limit, int offset) {
    }

    private Loaders() {
    }

    public static DataLoaderRegistry newRegistry(Store store) {
        return newRegistry(store, null);
    }

    /** @param viewerId the signed-in account, or null: loaders about "the viewer" answer for it */
    public static DataLoaderRegistry newRegistry(Store store, Long viewerId) {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(VIEWER_FOLLOWS, DataLoaderFactory.newMappedDataLoader(
                (MappedBatchLoader<Long, Boolean>) ids -> viewerId == null
                        ? java.util.concurrent.CompletableFuture.completedFuture(Map.of())
                        : store.follows().followedAmong(viewerId, new ArrayList<>(ids)).map(followed -> {
                            Map<Long, Boolean> result = new HashMap<>();
                            ids.forEach(id -> result.put(id, followed.contains(id)));
                            return result;
                        }).toCompletionStage()));
        registry.register(RESEARCHER_BY_ID, mapped(store.researchers()::findByIds));
        registry.register(RESEARCHER_BY_SLUG, mapped(store.researchers()::findBySlugs));
        registry.register(RESEARCHER_STATS, mapped(store.researchers()::countsFor));
        registry.register(TRUST_FACTS, mapped(store.claims()::trustFacts));
        registry.register(AFFILIATIONS_BY_RESEARCHER, mapped(store.institutions()::currentByResearchers));
        registry.register(WORKS_BY_RESEARCHER, paged(store.works()::pageByResearchers));
        registry.register(TOPICS_BY_RESEARCHER, paged((List<Long> ids, Ranked r) ->
                store.topics().byResearchers(ids, r.limit(), r.offset())));
        // Authors and collaborators come with their researcher rows: showing a name costs no further statement.
        registry.register(COLLABORATORS_BY_RESEARCHER, paged((List<Long> ids, Ranked r) ->
                store.collaborations().topByResearchers(ids, r.limit(), r.offset())));
        registry.register(WORK_BY_ID, mapped(store.works()::findByIds));
        registry.register(WORK_BY_SLUG, mapped(store.works()::findBySlugs));
        registry.register(AUTHORSHIPS_BY_WORK, mapped(store.authorships()::byWorks));
        registry.register(TOPICS_BY_WORK, mapped(store.topics()::byWorks));
        registry.register(TOPIC_BY_ID, mapped(store.topics()::findByIds));
        registry.register(TOPIC_BY_SLUG, mapped(store.topics()::findBySlugs));
        registry.register(SOURCE_BY_ID, mapped(store.sources()::findByIds));
        registry.register(INSTITUTION_BY_ID, mapped(store.institutions()::findByIds));
        registry.register(INSTITUTION_BY_SLUG, mapped(store.institutions()::findBySlugs));
        registry.register(WORKS_BY_TOPIC, paged((List<Long> ids, WorkPage p) -> store.works().pageByOwners(Owner.TOPIC, ids, p)));
        registry.register(WORKS_BY_SOURCE, paged((List<Long> ids, WorkPage p) -> store.works().pageByOwners(Owner.SOURCE, ids, p)));
        registry.register(WORK_COUNT_BY_TOPIC, mapped((List<Long> ids) -> store.works().countByOwners(Owner.TOPIC, ids)));
        registry.register(WORK_COUNT_BY_SOURCE, mapped((List<Long> ids) -> store.works().countByOwners(Owner.SOURCE, ids)));
        registry.register(RESEARCHERS_BY_TOPIC, paged((List<Long> ids, Ranked r) ->
                store.researchers().byTopics(ids, r.limit(), r.offset())));
        registry.register(RESEARCHERS_BY_INSTITUTION, paged((List<Long> ids, Ranked r) ->
                store.researchers().byInstitutions(ids, r.limit(), r.offset())));
        registry.register(RESEARCHER_COUNT_BY_TOPIC, mapped(store.researchers()::countByTopics));
        registry.register(RESEARCHER_COUNT_BY_INSTITUTION, mapped(store.researchers()::countByInstitutions));
        registry.register(GRAPH_NEIGHBOURS, DataLoaderFactory.newMappedDataLoader(
                (MappedBatchLoader<NeighbourKey, List<Link>>) keys -> neighbours(store, keys)));
        return registry;
    }

    /** The links out of a graph node; nodes of one batch that ask for the same depth share one statement. */
    public record NeighbourKey(GraphSlice.Key node, int perNode) {
    }

    private static java.util.concurrent.CompletionStage<Map<NeighbourKey, List<Link>>> neighbours(
            Store store, Set<NeighbourKey> keys) {
        Map<Integer, List<GraphSlice.Key>> byLimit = keys.stream().collect(Collectors.groupingBy(NeighbourKey::perNode,
                Collectors.mapping(NeighbourKey::node, Collectors.toList())));
        List<Future<Map<NeighbourKey, List<Link>>>> parts = new ArrayList<>();
        byLimit.forEach((perNode, nodes) -> parts.add(store.graph().neighbours(nodes, perNode).map(links -> {
            Map<NeighbourKey, List<Link>> grouped = new HashMap<>();
            nodes.forEach(n -> grouped.put(new NeighbourKey(n, perNode), new ArrayList<>()));
            links.forEach(l -> grouped.get(new NeighbourKey(l.from(), perNode)).add(l));
            return grouped;
        })));
        return Future.all(parts).map(all -> {
            Map<NeighbourKey, List<Link>> merged = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                merged.putAll(all.resultAt(i));
            }
            return merged;
        }).toCompletionStage();
    }

    public static DataLoader<Long, Boolean> viewerFollows(DataFetchingEnvironment env) {
        return env.getDataLoader(VIEWER_FOLLOWS);
    }

    public static DataLoader<NeighbourKey, List<Link>> graphNeighbours(DataFetchingEnvironment env) {
        return env.getDataLoader(GRAPH_NEIGHBOURS);
    }

    /** A loader whose batch is one repository call; keys without a row resolve to null. */
    static <K, V> DataLoader<K, V> mapped(Function<List<K>, Future<Map<K, V>>> fetch) {
        MappedBatchLoader<K, V> loader = keys -> fetch.apply(new ArrayList<>(keys)).toCompletionStage();
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    /**
     * A loader of pages: keys are grouped by page shape and each group is one repository call, so a batch of
     * parents asking for the same page (the usual case) is one statement.
     */
    static <P, V> DataLoader<PageKey<P>, List<V>> paged(BiFunction<List<Long>, P, Future<Map<Long, List<V>>>> fetch) {
        MappedBatchLoader<PageKey<P>, List<V>> loader = keys -> {
            Map<P, List<Long>> byPage = keys.stream().collect(Collectors.groupingBy(PageKey::page,
                    Collectors.mapping(PageKey::parentId, Collectors.toList())));
            List<Future<Map<PageKey<P>, List<V>>>> parts = new ArrayList<>();
            byPage.forEach((page, ids) -> parts.add(fetch.apply(ids, page).map(result -> {
                Map<PageKey<P>, List<V>> keyed = new HashMap<>();
                result.forEach((id, items) -> keyed.put(new PageKey<>(id, page), items));
                return keyed;
            })));
            return Future.all(parts).map(all -> {
                Map<PageKey<P>, List<V>> merged = new HashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    merged.putAll(all.resultAt(i));
                }
                return merged;
            }).toCompletionStage();
        };
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    // Typed accessors. They go through the environment, not the registry: graphql-java wraps each loader so it
    // knows which field (and level) called it, which chained dispatching needs.
    public static DataLoader<Long, Researcher> researcherById(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHER_BY_ID);
    }

    public static DataLoader<String, Researcher> researcherBySlug(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHER_BY_SLUG);
    }

    public static DataLoader<Long, ResearcherCounts> researcherStats(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHER_STATS);
    }

    /** Claim facts for the trust rule; researchers without claims resolve to null. */
    public static DataLoader<Long, org.bzpeer.store.repo.ClaimRepository.TrustFacts> trustFacts(DataFetchingEnvironment env) {
        return env.getDataLoader(TRUST_FACTS);
    }

    public static DataLoader<Long, List<Institution>> affiliationsByResearcher(DataFetchingEnvironment env) {
        return env.getDataLoader(AFFILIATIONS_BY_RESEARCHER);
    }

    public static DataLoader<PageKey<WorkPage>, List<Work>> worksByResearcher(DataFetchingEnvironment env) {
        return env.getDataLoader(WORKS_BY_RESEARCHER);
    }

    public static DataLoader<PageKey<Ranked>, List<ResearcherTopic>> topicsByResearcher(DataFetchingEnvironment env) {
        return env.getDataLoader(TOPICS_BY_RESEARCHER);
    }

    public static DataLoader<PageKey<Ranked>, List<WithCollaborator>> collaboratorsByResearcher(DataFetchingEnvironment env) {
        return env.getDataLoader(COLLABORATORS_BY_RESEARCHER);
    }

    public static DataLoader<Long, Work> workById(DataFetchingEnvironment env) {
        return env.getDataLoader(WORK_BY_ID);
    }

    public static DataLoader<String, Work> workBySlug(DataFetchingEnvironment env) {
        return env.getDataLoader(WORK_BY_SLUG);
    }

    public static DataLoader<Long, List<Credited>> authorshipsByWork(DataFetchingEnvironment env) {
        return env.getDataLoader(AUTHORSHIPS_BY_WORK);
    }

    public static DataLoader<Long, List<ScoredTopic>> topicsByWork(DataFetchingEnvironment env) {
        return env.getDataLoader(TOPICS_BY_WORK);
    }

    public static DataLoader<Long, Topic> topicById(DataFetchingEnvironment env) {
        return env.getDataLoader(TOPIC_BY_ID);
    }

    public static DataLoader<String, Topic> topicBySlug(DataFetchingEnvironment env) {
        return env.getDataLoader(TOPIC_BY_SLUG);
    }

    public static DataLoader<Long, Source> sourceById(DataFetchingEnvironment env) {
        return env.getDataLoader(SOURCE_BY_ID);
    }

    public static DataLoader<Long, Institution> institutionById(DataFetchingEnvironment env) {
        return env.getDataLoader(INSTITUTION_BY_ID);
    }

    public static DataLoader<String, Institution> institutionBySlug(DataFetchingEnvironment env) {
        return env.getDataLoader(INSTITUTION_BY_SLUG);
    }

    public static DataLoader<PageKey<WorkPage>, List<Work>> worksByTopic(DataFetchingEnvironment env) {
        return env.getDataLoader(WORKS_BY_TOPIC);
    }

    public static DataLoader<PageKey<WorkPage>, List<Work>> worksBySource(DataFetchingEnvironment env) {
        return env.getDataLoader(WORKS_BY_SOURCE);
    }

    public static DataLoader<Long, Integer> workCountByTopic(DataFetchingEnvironment env) {
        return env.getDataLoader(WORK_COUNT_BY_TOPIC);
    }

    public static DataLoader<Long, Integer> workCountBySource(DataFetchingEnvironment env) {
        return env.getDataLoader(WORK_COUNT_BY_SOURCE);
    }

    public static DataLoader<PageKey<Ranked>, List<ResearcherRepository.Ranked>> researchersByTopic(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHERS_BY_TOPIC);
    }

    public static DataLoader<PageKey<Ranked>, List<ResearcherRepository.Ranked>> researchersByInstitution(
            DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHERS_BY_INSTITUTION);
    }

    public static DataLoader<Long, Integer> researcherCountByTopic(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHER_COUNT_BY_TOPIC);
    }

    public static DataLoader<Long, Integer> researcherCountByInstitution(DataFetchingEnvironment env) {
        return env.getDataLoader(RESEARCHER_COUNT_BY_INSTITUTION);
    }
}
