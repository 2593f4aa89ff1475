/** Cross-cutting plumbing: database, migrations, time, errors, i18n and the REST/Faces adapters' shared parts. */
package vn.partytrack.platform;
