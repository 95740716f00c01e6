package org.bzpeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bzpeer.api.paging.Cursors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaWiringTest {

    private final TypeDefinitionRegistry types = new SchemaParser().parse(GraphQLService.readSchema());
    private final RuntimeWiring wiring = Wiring.build(Cursors.withRandomKey(), null);

    @Test
    @DisplayName("every field in schema.graphqls has a data fetcher or a record accessor of the same name")
    void everyFieldIsWired() {
        List<String> unwired = new ArrayList<>();
        for (ObjectTypeDefinition type : types.getTypes(ObjectTypeDefinition.class)) {
            Map<String, ?> fetchers = wiring.getDataFetchers().getOrDefault(type.getName(), Map.of());
            Class<?> backing = Wiring.BACKING.get(type.getName());
            for (FieldDefinition field : type.getFieldDefinitions()) {
                boolean fetched = fetchers.containsKey(field.getName());
                boolean accessor = backing != null && hasAccessor(backing, field.getName());
                if (!fetched && !accessor) {
                    unwired.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(unwired).as("fields with neither a fetcher nor a backing accessor").isEmpty();
    }

    @Test
    @DisplayName("every wired fetcher names a field that exists in the schema")
    void noStaleFetchers() {
        List<String> stale = new ArrayList<>();
        wiring.getDataFetchers().forEach((typeName, fields) -> {
            var type = types.getType(typeName, ObjectTypeDefinition.class);
            fields.keySet().forEach(field -> {
                boolean exists = type.isPresent() && type.get().getFieldDefinitions().stream()
                        .anyMatch(f -> f.getName().equals(field));
                if (!exists) {
                    stale.add(typeName + "." + field);
                }
            });
        });
        assertThat(stale).isEmpty();
    }

    @Test
    @DisplayName("every type and field carries a description for GraphiQL's docs pane")
    void everythingIsDescribed() {
        List<String> undocumented = new ArrayList<>();
        types.types().values().forEach(type -> {
            if (type instanceof graphql.language.AbstractDescribedNode<?> described
                    && described.getDescription() == null) {
                undocumented.add(type.getName());
            }
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().stream().filter(f -> f.getDescription() == null)
                        .forEach(f -> undocumented.add(type.getName() + "." + f.getName()));
            }
        });
        types.scalars().values().stream()
                .filter(s -> !List.of("String", "Int", "Float", "Boolean", "ID").contains(s.getName()))
                .filter(s -> s.getDescription() == null)
                .forEach(s -> undocumented.add(s.getName()));
        assertThat(undocumented).isEmpty();
    }

    private static boolean hasAccessor(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
