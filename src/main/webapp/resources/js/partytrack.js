// PostgreSQL stopped or restarting: the server answers an Ajax request 503 (PartyTrackAuthentication); say so, and
// leave the page as it is so nothing typed is lost. A file, not an inline script: the Content-Security-Policy
// lets only the page's own nonce-bearing scripts and files from this site run.
$(document).on('pfAjaxError', function (event, xhr) {
    if (xhr && xhr.status === 503) {
        var dialog = document.getElementById('unavailableDialog');
        if (dialog && !dialog.open) {
            dialog.showModal();
        }
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

// Phones: the account and the menu fold behind the header's menu button, a real button (Enter and Space open it) that
// says whether it is open (aria-expanded); Escape closes it and gives the focus back to the button.
$(function () {
    var toggle = document.getElementById('navToggle');
    if (!toggle) {
        return;
    }
    function open(opened) {
        document.body.classList.toggle('pt-nav-open', opened);
        toggle.setAttribute('aria-expanded', opened ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
        open(toggle.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
            open(false);
            toggle.focus();
        }
    });
});

// PrimeFaces' Vietnamese texts name a paginator page "Trang {trang}": the placeholder is {page}, so a screen reader heard
// "Trang {trang}" on every page button (and the name did not contain the visible number, WCAG 2.5.3).
if (window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi && PrimeFaces.locales.vi.aria) {
    PrimeFaces.locales.vi.aria.pageLabel = 'Trang {page}';
}

// PrimeFaces' date picker button is named "Chọn ngày" (nothing in English) yet holds the hidden text "ui-button", which
// a screen reader reads out too (WCAG 2.5.3, 4.1.2): name it, and make that text its name, on load and after each Ajax
// update.
PartyTrack.nameDateButtons = function () {
    var name = document.body.getAttribute('data-choose-date');
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (trigger) {
        if (!trigger.getAttribute('aria-label') && name) {
            trigger.setAttribute('aria-label', name); // PrimeFaces' English texts give it no name at all
        }
        trigger.querySelectorAll('.ui-button-text').forEach(function (text) {
            text.textContent = trigger.getAttribute('aria-label'); // hidden by the theme; a screen reader hears the name once
        });
    });
};
$(PartyTrack.nameDateButtons);
$(document).on('pfAjaxComplete', PartyTrack.nameDateButtons);

// PrimeFaces marks each message of p:messages as an alert on its <li>, which takes away its list item role and leaves
// the <ul> holding no items (WCAG 1.3.1): the alert goes to the box around the list instead.
PartyTrack.listMessages = function () {
    document.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (item) {
        item.removeAttribute('role');
        item.parentElement.parentElement.setAttribute('role', 'alert');
    });
};
$(PartyTrack.listMessages);
$(document).on('pfAjaxComplete', PartyTrack.listMessages);

// The report form's figures: each input is named by its row's header (aria-labelledby), set here rather than through
// a label component, whose lookup inside the repeated rows disturbed the figures' state after a refused submission.
PartyTrack.labelFigures = function () {
    document.querySelectorAll('.pt-figures-table tbody tr').forEach(function (row) {
        var header = row.querySelector('th[id]'), input = row.querySelector('input.ui-inputfield');
        if (header && input) {
            input.setAttribute('aria-labelledby', header.id);
        }
    });
};
$(PartyTrack.labelFigures);
$(document).on('pfAjaxComplete', PartyTrack.labelFigures);
