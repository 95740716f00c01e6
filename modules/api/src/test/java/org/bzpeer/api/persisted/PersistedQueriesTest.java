package org.bzpeer.api.persisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersistedQueriesTest {

    @Test
    @DisplayName("the cache is bounded: the least recently used document goes first")
    void bounded() throws Exception {
        PersistedQueries cache = new PersistedQueries(2);
        for (String q : new String[] {"{ a }", "{ b }", "{ c }"}) {
            cache.getPersistedQueryDocumentAsync(PersistedQueries.sha256(q), input(q),
                    text -> new PreparsedDocumentEntry(Parser.parse(text))).join();
        }
        assertThat(cache.size()).isEqualTo(2);
        assertThatThrownBy(() -> cache.getPersistedQueryDocumentAsync(PersistedQueries.sha256("{ a }"),
                input(PersistedQuerySupport.PERSISTED_QUERY_MARKER),
                text -> new PreparsedDocumentEntry(Parser.parse(text)))).isInstanceOf(PersistedQueryNotFound.class);
    }

    @Test
    @DisplayName("registered operations survive eviction")
    void pinned() throws Exception {
        PersistedQueries cache = new PersistedQueries(1);
        String hash = cache.register("{ pinned }");
        cache.getPersistedQueryDocumentAsync("other", input("{ other }"),
                text -> new PreparsedDocumentEntry(Parser.parse(text))).join();
        PreparsedDocumentEntry entry = cache.getPersistedQueryDocumentAsync(hash,
                input(PersistedQuerySupport.PERSISTED_QUERY_MARKER),
                text -> new PreparsedDocumentEntry(Parser.parse(text))).join();
        assertThat(entry.hasErrors()).isFalse();
        assertThat(hash).hasSize(64);
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput().query(query).extensions(Map.of()).build();
    }
}
