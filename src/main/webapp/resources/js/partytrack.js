// PostgreSQL stopped or restarting: the server answers an Ajax request 503 (PartyTrackAuthentication); say so, and
// leave the page as it is so nothing typed is lost. A file, not an inline script: the Content-Security-Policy
// lets only the page's own nonce-bearing scripts and files from this site run.
$(document).on('pfAjaxError', function (event, xhr) {
    if (xhr && xhr.status === 503) {
        PF('unavailableDialog').show();
    }
});
