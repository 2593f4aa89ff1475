// PostgreSQL stopped or restarting: the server answers an Ajax request 503 (PartyTrackAuthentication); say so, and
// leave the page as it is so nothing typed is lost. A file, not an inline script: the Content-Security-Policy
// lets only the page's own nonce-bearing scripts and files from this site run.
$(document).on('pfAjaxError', function (event, xhr) {
    if (xhr && xhr.status === 503) {
        PF('unavailableDialog').show();
    }
});

// Filters that navigate (dashboard, tracker): the page is loaded again with every filter of its group in the address,
// so a filtered page can be bookmarked and the page keeps nothing between requests. A select's parameter is the last
// part of its id: "tracker:sector_input" is "sector"; an empty choice is sent empty ("all").
var PartyTrack = window.PartyTrack || {};
PartyTrack.filter = function (changed) {
    var query = new URLSearchParams();
    changed.closest('.pt-filters').querySelectorAll('select[id$="_input"]').forEach(function (select) {
        query.set(select.id.substring(select.id.lastIndexOf(':') + 1).replace(/_input$/, ''), select.value);
    });
    window.location.search = query.toString();
};
