// Report downloads: while report-service renders the document, say so (the link alone would look dead for
// seconds), then hand the file to the browser. Without this script the links download as plain links.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-download]");
    if (!link || !window.fetch || !window.URL || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var status = document.getElementById("download-status");
    var list = document.getElementById("report-downloads");
    event.preventDefault();
    if (list.getAttribute("aria-busy") === "true") { return; }
    list.setAttribute("aria-busy", "true");
    status.classList.add("report-busy--on");
    status.textContent = status.dataset.busy;
    fetch(link.href, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      var disposition = response.headers.get("Content-Disposition") || "";
      var match = /filename\*=UTF-8''([^;]+)|filename="([^"]+)"/.exec(disposition);
      var name = match ? decodeURIComponent(match[1] || match[2]) : "report";
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement("a");
        a.href = url; a.download = name; a.hidden = true;
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        status.textContent = status.dataset.done;
      });
    }).catch(function () {
      status.textContent = status.dataset.failed;
      window.location.href = link.href;
    }).finally(function () {
      list.removeAttribute("aria-busy");
      status.classList.remove("report-busy--on");
    });
  });
})();
