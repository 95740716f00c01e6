package org.bzpeer.api.limits;

import java.time.Duration;

/**
 * What one GraphQL request may ask for (OWASP GraphQL cheat sheet; GitHub's and Shopify's models). Documented in
 * the README; changing a value here changes the API's contract.
 *
 * @param maxDepth      deepest field nesting, counting the root field as 1
 * @param maxCost       most field resolutions a query may be estimated to need before it runs
 * @param maxAliases    most aliased fields in one document
 * @param maxOperations most operation definitions in one document
 * @param timeout       longest a request may run; fields still unresolved then fail with TIMEOUT
 * @param maxBatch      most operations in one JSON array (batched) HTTP request
 */
public record Limits(int maxDepth, long maxCost, int maxAliases, int maxOperations, Duration timeout, int maxBatch) {

    public static final Limits DEFAULT = new Limits(12, 25_000, 30, 10, Duration.ofSeconds(10), 10);
}
