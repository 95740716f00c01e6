package org.bzpeer.store;

import org.bzpeer.store.repo.AccountRepository;
import org.bzpeer.store.repo.AuthorshipRepository;
import org.bzpeer.store.repo.ClaimRepository;
import org.bzpeer.store.repo.CollaborationRepository;
import org.bzpeer.store.repo.FollowRepository;
import org.bzpeer.store.repo.GraphRepository;
import org.bzpeer.store.repo.InstitutionRepository;
import org.bzpeer.store.repo.InvitationRepository;
import org.bzpeer.store.repo.ResearcherRepository;
import org.bzpeer.store.repo.SearchRepository;
import org.bzpeer.store.repo.SourceRepository;
import org.bzpeer.store.repo.TopicRepository;
import org.bzpeer.store.repo.WorkRepository;

/** Every repository over one {@link Db}: what the layers above receive. */
public record Store(
        Db db,
        ResearcherRepository researchers,
        WorkRepository works,
        AuthorshipRepository authorships,
        TopicRepository topics,
        SourceRepository sources,
        InstitutionRepository institutions,
        CollaborationRepository collaborations,
        SearchRepository search,
        GraphRepository graph,
        AccountRepository accounts,
        FollowRepository follows,
        ClaimRepository claims,
        InvitationRepository invitations) {

    public static Store over(Db db) {
        return new Store(db, new ResearcherRepository(db), new WorkRepository(db), new AuthorshipRepository(db),
                new TopicRepository(db), new SourceRepository(db), new InstitutionRepository(db),
                new CollaborationRepository(db), new SearchRepository(db), new GraphRepository(db),
                new AccountRepository(db), new FollowRepository(db), new ClaimRepository(db),
                new InvitationRepository(db));
    }
}
