// Starts swagger-ui on /api/docs. A file of ours rather than an inline script, so that the strict
// Content-Security-Policy (no inline scripts or styles) holds on this page too; swagger-ui 5 sets
// its dynamic styles through the DOM, which that policy allows, so no relaxation is needed.
(function () {
  var target = document.getElementById('swagger-ui');
  if (!target || typeof window.SwaggerUIBundle !== 'function') return;
  // There is one server (this one, relative). swagger-ui's server picker is an unlabelled <select>,
  // which screen readers cannot name; with a single choice it only gets in the way.
  var noServerPicker = function () {
    return {
      components: {
        ServersContainer: function () {
          return null;
        },
      },
    };
  };
  window.ui = window.SwaggerUIBundle({
    url: target.getAttribute('data-url') || '/api/openapi.json',
    domNode: target,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    plugins: [noServerPicker],
    layout: 'BaseLayout',
    // The default validator is a service on another host; nothing on this page may call out.
    validatorUrl: null,
    // "Try it out" only for what the API has: GET.
    supportedSubmitMethods: ['get'],
    defaultModelsExpandDepth: 0,
  });
})();
