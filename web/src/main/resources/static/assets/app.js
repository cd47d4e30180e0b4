// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // htmx requests carry the CSRF token as a header (forms carry it as a hidden field).
  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector("meta[name=csrf-token]");
    if (meta) { event.detail.headers[meta.dataset.header] = meta.content; }
  });
  // Copy buttons: <button data-copy="#id"> copies the element's value or text.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var source = document.querySelector(button.dataset.copy);
    if (!source) { return; }
    var text = source.value !== undefined ? source.value : source.textContent;
    navigator.clipboard.writeText(text.trim()).then(function () {
      var done = button.dataset.copied;
      if (done) { var was = button.textContent; button.textContent = done; setTimeout(function () { button.textContent = was; }, 2000); }
    });
  });
  // Confirmation before a destructive form is sent: <form data-confirm="…">.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
  }, true);
  // Upload progress: <form data-upload-progress="#progress-id"> sent with XMLHttpRequest, progress shown.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.dataset || !form.dataset.uploadProgress || event.defaultPrevented) { return; }
    var bar = document.querySelector(form.dataset.uploadProgress);
    if (!bar || !window.FormData) { return; }
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open(form.method || "post", form.action);
    bar.hidden = false;
    xhr.upload.addEventListener("progress", function (e) { if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); } });
    xhr.addEventListener("load", function () {
      if (xhr.responseURL && xhr.status < 400) { window.location.href = xhr.responseURL; return; }
      document.open(); document.write(xhr.responseText); document.close();
    });
    xhr.addEventListener("error", function () { form.submit(); });
    xhr.send(new FormData(form));
  });
  // The error summary takes focus so a screen-reader user hears what to fix.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
    var here = window.location.pathname;
    document.querySelectorAll(".nav a").forEach(function (a) { if (a.getAttribute("href") === here) { a.setAttribute("aria-current", "page"); } });
  });
})();
