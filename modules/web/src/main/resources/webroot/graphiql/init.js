/*
 * BZPeer GraphiQL bootstrap. Loaded as an external script (the page has no inline script); React, ReactDOM and
 * GraphiQL are the UMD builds served by this origin under /graphiql/assets/vendor/. Queries go to the
 * same-origin endpoint named by the page (POST, JSON); nothing is fetched from anywhere else.
 */
(function () {
  'use strict';

  var root = document.getElementById('graphiql');
  if (!root || !window.React || !window.ReactDOM || !window.GraphiQL) {
    if (root) {
      root.textContent = 'The GraphQL explorer could not load its scripts. Reload the page to try again.';
    }
    return;
  }

  var endpoint = new URL(root.getAttribute('data-endpoint') || '/graphql', window.location.href);
  if (endpoint.origin !== window.location.origin) {
    throw new Error('GraphiQL endpoint must be on this origin: ' + endpoint.href);
  }

  // The example operations, one tab each, as the server embedded them in <template> elements.
  var tabs = Array.prototype.map.call(document.querySelectorAll('template.bz-graphiql-example'), function (t) {
    var tab = { query: t.content.textContent.replace(/^\s+/, '') };
    var variables = t.getAttribute('data-variables');
    if (variables) {
      tab.variables = variables;
    }
    return tab;
  });

  var send = GraphiQL.createFetcher({ url: endpoint.href });

  // GraphiQL 2.4 updates the operation name ~100 ms after the editor changes, so running right after switching
  // tabs can send the previous tab's name ("Unknown operation named ..."). When the name is not in the document
  // and the document has exactly one operation, send that operation's name instead.
  function operationNames(query) {
    try {
      return GraphiQL.GraphQL.parse(query).definitions
        .filter(function (d) { return d.kind === 'OperationDefinition'; })
        .map(function (d) { return d.name ? d.name.value : null; });
    } catch (e) {
      return null; // not parseable: let the server explain
    }
  }
  function fetcher(params, options) {
    if (params && params.operationName && typeof params.query === 'string') {
      var names = operationNames(params.query);
      if (names && names.length === 1 && names.indexOf(params.operationName) === -1) {
        params = Object.assign({}, params, { operationName: names[0] || undefined });
      }
    }
    return send(params, options);
  }

  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs.length ? tabs : undefined,
    defaultQuery: tabs.length ? tabs[0].query : undefined,
    defaultEditorToolsVisibility: true
  }));
})();
