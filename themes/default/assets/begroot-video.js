// begroot: a hosted video loads nothing from its host until the reader presses play. Without this
// script the preview's plain link still works.
document.querySelectorAll(".video-preview[data-embed]").forEach(function (preview) {
  var button = preview.querySelector(".video-play");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var frame = document.createElement("iframe");
    frame.src = preview.getAttribute("data-embed");
    frame.title = preview.getAttribute("data-title") || "";
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    preview.replaceChildren(frame);
    frame.focus();
  });
});
