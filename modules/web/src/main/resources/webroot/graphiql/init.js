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

  var fetcher = GraphiQL.createFetcher({ url: endpoint.href });

  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs.length ? tabs : undefined,
    defaultQuery: tabs.length ? tabs[0].query : undefined,
    defaultEditorToolsVisibility: true
  }));
})();
