#include "core/store/migrations.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QStringList version1()
{
    return {
        uR"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
        uR"(CREATE TABLE sites (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            country TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            server_id TEXT, version TEXT))"_s,
        uR"(CREATE TABLE practitioners (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            specialty TEXT NOT NULL,
            registration TEXT NOT NULL DEFAULT '',
            site_id TEXT NOT NULL REFERENCES sites(id),
            color TEXT NOT NULL DEFAULT '#4a90d9',
            online_cancel_deadline_hours INTEGER NOT NULL DEFAULT 4 CHECK (online_cancel_deadline_hours >= 0),
            accepts_new_patients_online INTEGER NOT NULL DEFAULT 1,
            phone_only_after_months INTEGER NOT NULL DEFAULT 24,
            active INTEGER NOT NULL DEFAULT 1,
            server_id TEXT, version TEXT))"_s,
        uR"(CREATE TABLE motifs (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            label TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            color TEXT NOT NULL DEFAULT '#7fb3e6',
            bookable_online INTEGER NOT NULL DEFAULT 1,
            video INTEGER NOT NULL DEFAULT 0,
            notifications INTEGER NOT NULL DEFAULT 1,
            new_patients INTEGER NOT NULL DEFAULT 1,
            min_age INTEGER NOT NULL DEFAULT 0,
            max_age INTEGER NOT NULL DEFAULT 0,
            spacing_rule INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            server_id TEXT, version TEXT))"_s,
        u"CREATE INDEX motifs_practitioner ON motifs(practitioner_id)"_s,
        uR"(CREATE TABLE opening_ranges (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            site_id TEXT NOT NULL REFERENCES sites(id),
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
            end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
            CHECK (end_minute > start_minute)))"_s,
        u"CREATE INDEX opening_ranges_practitioner ON opening_ranges(practitioner_id, weekday)"_s,
        uR"(CREATE TABLE opening_range_motifs (
            range_id TEXT NOT NULL REFERENCES opening_ranges(id) ON DELETE CASCADE,
            motif_id TEXT NOT NULL REFERENCES motifs(id),
            PRIMARY KEY (range_id, motif_id)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE absences (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL CHECK (end_utc > start_utc),
            label TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX absences_practitioner ON absences(practitioner_id, start_utc)"_s,
        uR"(CREATE TABLE patients (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            birth_name TEXT NOT NULL,
            first_names TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
            birth_place_code TEXT NOT NULL DEFAULT '',
            usage_name TEXT NOT NULL DEFAULT '',
            used_first_name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            mobile_phone TEXT NOT NULL DEFAULT '',
            other_phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            treating_physician TEXT NOT NULL DEFAULT '',
            medication TEXT NOT NULL DEFAULT '',
            niss TEXT NOT NULL DEFAULT '',
            nir TEXT NOT NULL DEFAULT '',
            identity_status TEXT NOT NULL DEFAULT 'provisional'
                CHECK (identity_status IN ('provisional', 'retrieved', 'validated', 'qualified')),
            deceased INTEGER NOT NULL DEFAULT 0,
            homonym INTEGER NOT NULL DEFAULT 0,
            doubtful INTEGER NOT NULL DEFAULT 0,
            notify_sms INTEGER NOT NULL DEFAULT 1,
            notify_email INTEGER NOT NULL DEFAULT 1,
            language TEXT NOT NULL DEFAULT 'fr',
            holder_id TEXT REFERENCES patients(id),
            relationship TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'desk',
            active INTEGER NOT NULL DEFAULT 1,
            replaced_by TEXT REFERENCES patients(id),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            server_id TEXT, version TEXT,
            search_text TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX patients_niss ON patients(niss) WHERE niss <> ''"_s,
        u"CREATE INDEX patients_nir ON patients(nir) WHERE nir <> ''"_s,
        u"CREATE INDEX patients_birth_date ON patients(birth_date)"_s,
        u"CREATE INDEX patients_mobile ON patients(mobile_phone) WHERE mobile_phone <> ''"_s,
        u"CREATE INDEX patients_holder ON patients(holder_id) WHERE holder_id IS NOT NULL"_s,
        // Accent- and case-folded full-text index over names, birth date, phones and ids.
        uR"(CREATE VIRTUAL TABLE patient_search USING fts5(
            search_text, content='patients', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', prefix='2 3'))"_s,
        patientSearchInsertTrigger(),
        uR"(CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN
            INSERT INTO patient_search(patient_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        END)"_s,
        patientSearchUpdateTrigger(),
        uR"(CREATE TABLE appointments (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            patient_id TEXT NOT NULL REFERENCES patients(id),
            motif_id TEXT REFERENCES motifs(id),
            site_id TEXT NOT NULL REFERENCES sites(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('desk', 'phone', 'online')),
            status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'in-consultation', 'fulfilled',
                                                   'cancelled', 'noshow', 'entered-in-error')),
            cancelled_by TEXT NOT NULL DEFAULT '',
            late_cancellation INTEGER NOT NULL DEFAULT 0,
            excused INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL DEFAULT '',
            server_id TEXT, version TEXT,
            CHECK (end_utc > start_utc)))"_s,
        u"CREATE INDEX appointments_practitioner_start ON appointments(practitioner_id, start_utc)"_s,
        u"CREATE INDEX appointments_patient_start ON appointments(patient_id, start_utc)"_s,
        u"CREATE INDEX appointments_start ON appointments(start_utc)"_s,
        uR"(CREATE TABLE appointment_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            appointment_id TEXT NOT NULL REFERENCES appointments(id),
            from_status TEXT NOT NULL DEFAULT '',
            to_status TEXT NOT NULL,
            at_utc INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX appointment_history_appointment ON appointment_history(appointment_id, seq)"_s,
        uR"(CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            appointment_id TEXT REFERENCES appointments(id),
            type TEXT NOT NULL CHECK (type IN ('prescription', 'report', 'administrative', 'other')),
            file_name TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha1 TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            page_count INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL CHECK (origin IN ('practice', 'patient')),
            shared INTEGER NOT NULL DEFAULT 0,
            added_at INTEGER NOT NULL,
            added_by TEXT NOT NULL,
            archived_at INTEGER,
            server_id TEXT, version TEXT))"_s,
        u"CREATE INDEX documents_patient ON documents(patient_id, added_at)"_s,
        uR"(CREATE TABLE users (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('secretary', 'practitioner', 'administrator')),
            practitioner_id TEXT REFERENCES practitioners(id),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL))"_s,
        // Append-only: who did what, when and why. Triggers refuse any rewrite.
        uR"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at_utc INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'))"_s,
        uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END)"_s,
        uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END)"_s,
        u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
        // Every write that must reach the central agenda, in the transaction of the write.
        uR"(CREATE TABLE change_journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'status', 'merge')),
            payload TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'parked')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER,
            last_error TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX change_journal_pending ON change_journal(state, seq)"_s,
        u"CREATE INDEX change_journal_entity ON change_journal(entity, entity_id)"_s,
    };
}

// No-shows: erasure of an unjustified no-show, online-booking blocks and lifts, and
// the notification requests the reminders module delivers.
QStringList version2()
{
    return {
        u"ALTER TABLE appointments ADD COLUMN noshow_erased INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX appointments_noshow ON appointments(patient_id, practitioner_id) WHERE status = 'noshow'"_s,
        // Counting active patients as all minus the few merged ones avoids a scan of the table.
        u"CREATE INDEX patients_inactive ON patients(active) WHERE active = 0"_s,
        // One line per act; the current state is derived from the latest act and the counts.
        uR"(CREATE TABLE booking_blocks (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            action TEXT NOT NULL CHECK (action IN ('block', 'lift')),
            reason TEXT NOT NULL,
            at_utc INTEGER NOT NULL,
            user_name TEXT NOT NULL))"_s,
        u"CREATE INDEX booking_blocks_patient ON booking_blocks(patient_id, practitioner_id, seq)"_s,
        uR"(CREATE TABLE notification_requests (
            id TEXT PRIMARY KEY,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            appointment_id TEXT REFERENCES appointments(id),
            kind TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            recipient TEXT NOT NULL,
            recipient_patient_id TEXT NOT NULL REFERENCES patients(id),
            due_utc INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'revoked')),
            created_at INTEGER NOT NULL,
            server_id TEXT, version TEXT))"_s,
        u"CREATE INDEX notification_requests_appointment ON notification_requests(appointment_id)"_s,
        u"CREATE INDEX notification_requests_due ON notification_requests(state, due_utc)"_s,
        // A slot chosen online is held while the patient confirms (15 minutes by default).
        uR"(CREATE TABLE slot_holds (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL CHECK (end_utc > start_utc),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL))"_s,
        u"CREATE INDEX slot_holds_practitioner ON slot_holds(practitioner_id, start_utc)"_s,
    };
}

// The agenda reads a week of appointments without joining patients: each appointment
// carries its patient's names (birth, usage, first name used; separated by U+001F),
// kept current by triggers whatever writes the rows (desk, sync, merge).
QStringList version3()
{
    const QString names = appointmentPatientNamesExpression(u"p"_s);
    const QString of = u"(SELECT "_s + names + u" FROM patients p WHERE p.id = %1)"_s;
    return {
        u"ALTER TABLE appointments ADD COLUMN patient_names TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE appointments SET patient_names = coalesce("_s + of.arg(u"appointments.patient_id"_s) + u", '')"_s,
        // A week of the agenda is read from this index alone, without visiting the table.
        u"DROP INDEX appointments_start"_s,
        uR"(CREATE INDEX appointments_agenda ON appointments(start_utc, practitioner_id, end_utc, status, motif_id,
            patient_id, late_cancellation, excused, id, patient_names))"_s,
        u"CREATE TRIGGER appointments_names_insert AFTER INSERT ON appointments WHEN new.patient_names IS NOT "_s
            + of.arg(u"new.patient_id"_s) + u" BEGIN UPDATE appointments SET patient_names = "_s
            + of.arg(u"new.patient_id"_s) + u" WHERE rowid = new.rowid; END"_s,
        u"CREATE TRIGGER appointments_names_repoint AFTER UPDATE OF patient_id ON appointments BEGIN "
        "UPDATE appointments SET patient_names = "_s
            + of.arg(u"new.patient_id"_s) + u" WHERE rowid = new.rowid; END"_s,
        u"CREATE TRIGGER patients_names_update AFTER UPDATE OF birth_name, usage_name, first_names, used_first_name "
        "ON patients BEGIN UPDATE appointments SET patient_names = "_s
            + appointmentPatientNamesExpression(u"new"_s) + u" WHERE patient_id = new.id; END"_s,
    };
}

// Identity: the duplicate finder's blocking keys (hashed, written by the repository), pairs
// a person said are different people, the merge journal, and the identifier of imported records.
QStringList version4()
{
    return {
        u"ALTER TABLE patients ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE UNIQUE INDEX patients_external_id ON patients(external_id) WHERE external_id <> ''"_s,
        // Derived from the patients rows and rebuilt from them: no foreign key, which would
        // cost a lookup per key written (millions in an import).
        // A plain table: bulk loads append to it and build both indexes once afterwards.
        uR"(CREATE TABLE patient_keys (
            key INTEGER NOT NULL,
            patient_rowid INTEGER NOT NULL))"_s,
        u"CREATE INDEX patient_keys_key ON patient_keys(key, patient_rowid)"_s,
        u"CREATE INDEX patient_keys_patient ON patient_keys(patient_rowid)"_s,
        uR"(CREATE TABLE not_duplicates (
            patient_a TEXT NOT NULL REFERENCES patients(id),
            patient_b TEXT NOT NULL REFERENCES patients(id),
            at_utc INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            PRIMARY KEY (patient_a, patient_b)))"_s,
        uR"(CREATE TABLE patient_merges (
            id TEXT PRIMARY KEY,
            survivor_id TEXT NOT NULL REFERENCES patients(id),
            merged_id TEXT NOT NULL REFERENCES patients(id),
            at_utc INTEGER NOT NULL,
            user_name TEXT NOT NULL,
            reason TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL,
            survivor_before TEXT NOT NULL,
            merged_before TEXT NOT NULL,
            survivor_after TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
            undone_at INTEGER,
            undone_by TEXT))"_s,
        u"CREATE INDEX patient_merges_survivor ON patient_merges(survivor_id)"_s,
        u"CREATE INDEX patient_merges_merged ON patient_merges(merged_id)"_s,
        uR"(CREATE TABLE merge_moves (
            merge_id TEXT NOT NULL REFERENCES patient_merges(id),
            table_name TEXT NOT NULL,
            column_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            from_patient TEXT NOT NULL,
            to_patient TEXT NOT NULL))"_s,
        u"CREATE INDEX merge_moves_merge ON merge_moves(merge_id)"_s,
    };
}

// Opening hours: the days that differ from the weekly template (closed, or other hours).
QStringList version5()
{
    return {
        uR"(CREATE TABLE opening_exceptions (
            id TEXT PRIMARY KEY,
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            site_id TEXT NOT NULL REFERENCES sites(id),
            day TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            UNIQUE (practitioner_id, day)))"_s,
        uR"(CREATE TABLE opening_exception_ranges (
            exception_id TEXT NOT NULL REFERENCES opening_exceptions(id) ON DELETE CASCADE,
            start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
            end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
            CHECK (end_minute > start_minute),
            PRIMARY KEY (exception_id, start_minute)) WITHOUT ROWID)"_s,
    };
}

// Sync with the central agenda: each synchronised row's server resource (id, version and
// the fields as last exchanged, the base of a three-way merge) and the conflicts that wait
// for a person.
QStringList version6()
{
    return {
        uR"(CREATE TABLE sync_links (
            resource_type TEXT NOT NULL,
            local_id TEXT NOT NULL,
            server_id TEXT NOT NULL,
            version TEXT NOT NULL,
            shadow TEXT NOT NULL DEFAULT '{}',
            synced_at INTEGER NOT NULL,
            PRIMARY KEY (resource_type, local_id)) WITHOUT ROWID)"_s,
        u"CREATE UNIQUE INDEX sync_links_server ON sync_links(resource_type, server_id)"_s,
        uR"(CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            resource_type TEXT NOT NULL,
            local_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('fields', 'double-booking', 'cancelled-moved')),
            fields TEXT NOT NULL DEFAULT '[]',
            local TEXT NOT NULL DEFAULT '{}',
            remote TEXT NOT NULL DEFAULT '{}',
            remote_version TEXT NOT NULL DEFAULT '',
            remote_resource TEXT NOT NULL DEFAULT '{}',
            other_id TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            resolved_at INTEGER,
            resolution TEXT NOT NULL DEFAULT '',
            resolved_by TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, created_at)"_s,
        u"CREATE INDEX change_journal_next ON change_journal(state, next_attempt_at)"_s,
    };
}

// Reminders and the waiting list (issue 7): what each message says and why it exists, the
// practice's own wording, and the patients waiting for an earlier slot.
QStringList version7()
{
    return {
        // The start an appointment had after each step of its history: moves are told apart
        // from length changes, and a move confirmation names the old time.
        u"ALTER TABLE appointment_history ADD COLUMN start_utc INTEGER"_s,
        // Which desk plans an appointment's messages: the one that booked it; for a booking made
        // online, the desk that plans received changes (sync.plan_received). Others only withdraw.
        u"ALTER TABLE appointments ADD COLUMN plans_messages INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE notification_requests ADD COLUMN body TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE notification_requests ADD COLUMN language TEXT NOT NULL DEFAULT 'fr'"_s,
        u"ALTER TABLE notification_requests ADD COLUMN offer_id TEXT"_s,
        u"CREATE INDEX notification_requests_patient ON notification_requests(patient_id)"_s,
        uR"(CREATE TABLE message_templates (
            kind TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            language TEXT NOT NULL CHECK (language IN ('fr', 'nl', 'en')),
            body TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (kind, channel, language)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE waitlist_entries (
            id TEXT PRIMARY KEY,
            appointment_id TEXT NOT NULL REFERENCES appointments(id),
            patient_id TEXT NOT NULL REFERENCES patients(id),
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            motif_id TEXT NOT NULL,
            joined_at INTEGER NOT NULL,
            offers_sent INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'accepted', 'left', 'ended')),
            ended_at INTEGER,
            end_reason TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL))"_s,
        u"CREATE INDEX waitlist_entries_waiting ON waitlist_entries(state, practitioner_id, joined_at)"_s,
        u"CREATE UNIQUE INDEX waitlist_entries_appointment ON waitlist_entries(appointment_id) WHERE state = 'waiting'"_s,
        uR"(CREATE TABLE waitlist_offers (
            id TEXT PRIMARY KEY,
            entry_id TEXT NOT NULL REFERENCES waitlist_entries(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL CHECK (end_utc > start_utc),
            offered_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'declined', 'expired')),
            closed_at INTEGER,
            appointment_id TEXT))"_s,
        u"CREATE INDEX waitlist_offers_entry ON waitlist_offers(entry_id, state)"_s,
        // The duplicate finder's blocking keys clustered on (key, patient): a million records'
        // keys are written in key order straight into the table, with no second copy as an index.
        uR"(CREATE TABLE patient_keys_clustered (
            key INTEGER NOT NULL,
            patient_rowid INTEGER NOT NULL,
            PRIMARY KEY (key, patient_rowid)) WITHOUT ROWID)"_s,
        u"INSERT OR IGNORE INTO patient_keys_clustered(key, patient_rowid) SELECT key, patient_rowid FROM patient_keys"_s,
        u"DROP TABLE patient_keys"_s,
        u"ALTER TABLE patient_keys_clustered RENAME TO patient_keys"_s,
        u"CREATE INDEX patient_keys_patient ON patient_keys(patient_rowid)"_s,
    };
}

QStringList version8()
{
    return {
        // A record's keys are found again by recomputing them (PatientRepository::rekey): the
        // index by patient cost a 1,000,000-row import 14 s and the database 130 MB.
        u"DROP INDEX patient_keys_patient"_s,
        // No query looks patients up by these (the duplicate finder has its keys, search its
        // full-text index): each cost an import of a million 1 to 1.5 s.
        u"DROP INDEX patients_niss"_s,
        u"DROP INDEX patients_nir"_s,
        u"DROP INDEX patients_birth_date"_s,
        u"DROP INDEX patients_mobile"_s,
        // Phone numbers are indexed in international form only ("32470123456"); a national form
        // typed is looked for under the country codes (PatientRepository::matchExpression).
        u"DROP TRIGGER patients_search_update"_s,
        u"DROP TABLE patient_search"_s,
        uR"(UPDATE patients SET search_text = CASE WHEN other_phone GLOB '+3[23]*'
            THEN replace(%1, substr(other_phone, 2) || ' 0' || substr(other_phone, 4), substr(other_phone, 2))
            ELSE %1 END
            WHERE mobile_phone GLOB '+3[23]*' OR other_phone GLOB '+3[23]*')"_s.arg(
            uR"(CASE WHEN mobile_phone GLOB '+3[23]*'
                THEN replace(search_text, substr(mobile_phone, 2) || ' 0' || substr(mobile_phone, 4), substr(mobile_phone, 2))
                ELSE search_text END)"_s),
        // The indexed text is folded already (lower case, no accents, words split): the plain
        // ASCII tokenizer reads it as the Unicode one did, in 20 % less time.
        uR"(CREATE VIRTUAL TABLE patient_search USING fts5(
            search_text, content='patients', content_rowid='rowid', tokenize='ascii', prefix='2 3'))"_s,
        patientSearchUpdateTrigger(),
        u"INSERT INTO patient_search(patient_search) VALUES ('rebuild')"_s,
    };
}

} // namespace

QString appointmentPatientNamesExpression(const QString &alias)
{
    return uR"(%1.birth_name || char(31) || %1.usage_name || char(31) ||
        CASE WHEN %1.used_first_name <> '' THEN %1.used_first_name ELSE %1.first_names END)"_s.arg(alias);
}

QString patientSearchUpdateTrigger()
{
    return uR"(CREATE TRIGGER patients_search_update AFTER UPDATE OF search_text ON patients BEGIN
            INSERT INTO patient_search(patient_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
            INSERT INTO patient_search(rowid, search_text) VALUES (new.rowid, new.search_text);
        END)"_s;
}

QString patientSearchInsertTrigger()
{
    return uR"(CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN
            INSERT INTO patient_search(rowid, search_text) VALUES (new.rowid, new.search_text);
        END)"_s;
}

std::optional<QStringList> migrationStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        // Wrong passwords in a row, and until when the account waits after five.
        return QStringList{u"ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE users ADD COLUMN locked_until INTEGER"_s};
    case 10:
        // A practice set up in Guichet: a site's postcode, city and access information; a
        // practitioner's further sites, online window and notice, messages; a visit reason
        // booked at the desk only, the number to call, its own last-visit rule, instructions.
        return QStringList{u"ALTER TABLE sites ADD COLUMN postcode TEXT NOT NULL DEFAULT ''"_s,
                           u"ALTER TABLE sites ADD COLUMN city TEXT NOT NULL DEFAULT ''"_s,
                           u"ALTER TABLE sites ADD COLUMN access_info TEXT NOT NULL DEFAULT ''"_s,
                           u"ALTER TABLE practitioners ADD COLUMN online_days INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE practitioners ADD COLUMN online_notice_hours INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE practitioners ADD COLUMN messages INTEGER NOT NULL DEFAULT 1"_s,
                           uR"(CREATE TABLE practitioner_sites (
                    practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
                    site_id TEXT NOT NULL REFERENCES sites(id),
                    PRIMARY KEY (practitioner_id, site_id)) WITHOUT ROWID)"_s,
                           u"ALTER TABLE motifs ADD COLUMN desk_only INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE motifs ADD COLUMN booking_phone TEXT NOT NULL DEFAULT ''"_s,
                           u"ALTER TABLE motifs ADD COLUMN last_visit_months INTEGER NOT NULL DEFAULT 0"_s,
                           u"ALTER TABLE motifs ADD COLUMN instructions TEXT NOT NULL DEFAULT ''"_s};
    case 11:
        // The desk's corrections in an appointment's history (patient, visit reason, note),
        // the series an appointment belongs to, the agenda's index with the channel and note.
        return QStringList{
            u"ALTER TABLE appointment_history ADD COLUMN kind TEXT NOT NULL DEFAULT ''"_s,
            uR"(CREATE TABLE appointment_series (
                    appointment_id TEXT PRIMARY KEY REFERENCES appointments(id),
                    series_id TEXT NOT NULL,
                    position INTEGER NOT NULL) WITHOUT ROWID)"_s,
            u"CREATE INDEX appointment_series_series ON appointment_series(series_id, position)"_s,
            // The agenda's marks (channel, a note) still read from the index alone.
            u"DROP INDEX appointments_agenda"_s,
            uR"(CREATE INDEX appointments_agenda ON appointments(start_utc, practitioner_id, end_utc, status,
                    motif_id, patient_id, late_cancellation, excused, id, patient_names, channel, note))"_s};
    case 12:
        // The journal forgets: once the central agenda has a change, the values it carried are
        // gone (the push reads the record itself, never the payload), whoever marks it sent.
        return QStringList{u"UPDATE change_journal SET payload = '{}' WHERE state = 'sent'"_s,
                           uR"(CREATE TRIGGER change_journal_forget AFTER UPDATE OF state ON change_journal
                    WHEN new.state = 'sent' AND new.payload <> '{}'
                    BEGIN UPDATE change_journal SET payload = '{}' WHERE seq = new.seq; END)"_s};
    case 13:
        // What the central agenda sent against the practice's rules, for the desk to look at
        // (SyncReview): one item per broken rule of a received act.
        return QStringList{
            uR"(CREATE TABLE sync_reviews (
                    id TEXT PRIMARY KEY,
                    appointment_id TEXT NOT NULL,
                    patient_id TEXT NOT NULL,
                    act TEXT NOT NULL CHECK (act IN ('booking', 'move', 'reinstatement', 'cancellation')),
                    rule TEXT NOT NULL,
                    message TEXT NOT NULL,
                    acted_at INTEGER NOT NULL,
                    received_at INTEGER NOT NULL,
                    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'cancelled', 'called')),
                    settled_at INTEGER,
                    settled_by TEXT NOT NULL DEFAULT '',
                    settle_reason TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE UNIQUE INDEX sync_reviews_once ON sync_reviews(appointment_id, act, rule, acted_at)"_s,
            u"CREATE INDEX sync_reviews_state ON sync_reviews(state, received_at)"_s,
            // A visit at the patient's home: its messages give the patient's address.
            u"ALTER TABLE motifs ADD COLUMN home_visit INTEGER NOT NULL DEFAULT 0"_s,
            // A hold another desk made, received from the central agenda (a busy-tentative Slot).
            u"ALTER TABLE slot_holds ADD COLUMN received INTEGER NOT NULL DEFAULT 0"_s};
    case 14: {
        // A patient's fields are named once (PatientFields): the base of the three-way merge and
        // the conflicts waiting for a person say "birth_place_code" where they said "birth_place",
        // and a birth date as one partial ISO date ("1962", "1962-03") where it took two fields.
        const QString renamed = uR"(json_remove(json_set(%1,
                '$.birth_place_code', json_extract(%1, '$.birth_place'),
                '$.birth_date', CASE json_extract(%1, '$.birth_precision')
                    WHEN 'year' THEN substr(json_extract(%1, '$.birth_date'), 1, 4)
                    WHEN 'month' THEN substr(json_extract(%1, '$.birth_date'), 1, 7)
                    ELSE json_extract(%1, '$.birth_date') END),
                '$.birth_place', '$.birth_precision'))"_s;
        const QString isOld = u"json_type(%1, '$.birth_place') IS NOT NULL"_s;
        return QStringList{u"UPDATE sync_links SET shadow = %1 WHERE resource_type = 'Patient' AND %2"_s.arg(
                               renamed.arg(u"shadow"_s), isOld.arg(u"shadow"_s)),
                           u"UPDATE sync_conflicts SET local = %1 WHERE resource_type = 'Patient' AND %2"_s.arg(
                               renamed.arg(u"local"_s), isOld.arg(u"local"_s)),
                           u"UPDATE sync_conflicts SET remote = %1 WHERE resource_type = 'Patient' AND %2"_s.arg(
                               renamed.arg(u"remote"_s), isOld.arg(u"remote"_s)),
                           uR"(UPDATE sync_conflicts SET fields = (SELECT json_group_array(DISTINCT CASE value
                    WHEN 'birth_place' THEN 'birth_place_code' WHEN 'birth_precision' THEN 'birth_date'
                    ELSE value END) FROM json_each(sync_conflicts.fields))
                WHERE resource_type = 'Patient' AND (fields LIKE '%"birth_place"%' OR fields LIKE '%"birth_precision"%'))"_s};
    }
    default:
        return std::nullopt;
    }
}

} // namespace guichet
