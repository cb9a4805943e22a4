/// The service database's schema, as a timeline of named migrations (run by
/// ``PostgresMigrator`` under its advisory lock).
///
/// A migration that has shipped is never edited, renamed or removed: a database records the
/// names it has applied, and a name this version does not know means a newer taster set it up
/// (``PostgresMigrationError/databaseIsNewer(unknownMigrations:)``). Changes go in new migrations
/// at the end. It holds everything the embedded store records, in the same shape, plus the
/// branch: sessions, step events, lesson events and the live view belong to a branch, learners
/// and their lessons to the whole service.
public enum ServiceSchema {
    /// Learners, lessons, step events, sessions, the live view, anonymous counts and chores.
    public static let progress = "service-1-progress"
    /// The volunteer passphrase record of each branch.
    public static let volunteerCredentials = "service-2-volunteer-credentials"
    /// Start and leaving confidence answers of one person in one session, kept together as
    /// anonymous per-session pair counts.
    public static let confidencePairs = "service-3-confidence-pairs"
    /// The ids of the events terminals sent from their outboxes, so an event sent twice (the
    /// terminal stopped after the server committed and before it crossed the event off) changes
    /// nothing the second time. Only the id and the day it arrived: nothing that says whose.
    public static let outboxReceipts = "service-4-outbox-receipts"
    /// The language a learner chose at the welcome, kept so that it greets them when they come
    /// back at any branch.
    public static let learnerLanguage = "service-5-learner-language"
    /// The functions a terminal writes its learner's row of the live view, their place in a
    /// session's confidence questions and the session's anonymous counts through, which run
    /// with the owner's rights, so the terminal role needs no right to read those tables.
    public static let terminalWrites = "service-6-terminal-writes"

    /// The functions ``terminalWrites`` makes, by signature (``ServiceRoles`` lets both roles
    /// run them, and nobody else).
    public static let terminalFunctions = [
        "taster_update_live_status(bigint, text, bigint, text, text, integer, integer, timestamptz, integer, integer, timestamptz)",
        "taster_raise_hand(bigint, text, timestamptz)",
        "taster_remove_live_status(bigint)",
        "taster_claim_confidence_question(bigint, bigint, text)",
        "taster_count_confidence(bigint, text, integer)",
        "taster_count_confidence_pair(bigint, integer, integer)",
    ]

    /// Every migration this version knows, in order.
    public static let migrations: [PostgresMigration] = [
        // Times are `timestamptz`; the SQLite store's rounding to the millisecond is kept by the
        // code. One open session per branch is the partial unique index's to enforce, so two
        // volunteers starting a session at once in one branch cannot both succeed. Confidence
        // answers are counts per session, moment and rating, with no learner, time or order.
        // A forgotten learner's lesson events keep only a random number and the day, and the
        // days they were active are kept per branch, so past reports still add up.
        PostgresMigration(name: progress, sql: """
            CREATE TABLE learner (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                code text NOT NULL UNIQUE,
                nickname text,
                created_at timestamptz NOT NULL,
                last_active_at timestamptz NOT NULL
            );
            CREATE INDEX learner_on_last_active_at ON learner (last_active_at);

            CREATE TABLE lesson_progress (
                learner_id bigint NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
                lesson_id text NOT NULL,
                content_version text NOT NULL,
                started_at timestamptz NOT NULL,
                completed_at timestamptz,
                completed_content_version text,
                resume_step_index integer NOT NULL DEFAULT 0,
                last_active_at timestamptz NOT NULL,
                PRIMARY KEY (learner_id, lesson_id)
            );

            CREATE TABLE step_event (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                learner_id bigint NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
                branch text NOT NULL,
                lesson_id text NOT NULL,
                step_index integer NOT NULL,
                step_id text,
                attempts integer NOT NULL,
                hints_used integer NOT NULL,
                skipped boolean NOT NULL,
                seconds_spent integer NOT NULL,
                completed boolean NOT NULL,
                typed_answers text,
                recorded_at timestamptz NOT NULL
            );
            CREATE INDEX step_event_on_learner_id_lesson_id ON step_event (learner_id, lesson_id);
            CREATE INDEX step_event_on_branch_recorded_at ON step_event (branch, recorded_at, learner_id);

            CREATE TABLE taster_session (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                branch text NOT NULL,
                name text NOT NULL,
                started_at timestamptz NOT NULL,
                ended_at timestamptz,
                forgotten_learners integer NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX taster_session_one_open_per_branch ON taster_session (branch) WHERE ended_at IS NULL;
            CREATE INDEX taster_session_on_branch_started_at ON taster_session (branch, started_at);

            CREATE TABLE session_learner (
                session_id bigint NOT NULL REFERENCES taster_session (id) ON DELETE CASCADE,
                learner_id bigint NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
                joined_at timestamptz NOT NULL,
                asked_before boolean NOT NULL DEFAULT false,
                asked_after boolean NOT NULL DEFAULT false,
                PRIMARY KEY (session_id, learner_id)
            );
            CREATE INDEX session_learner_on_learner_id ON session_learner (learner_id);
            CREATE INDEX session_learner_on_joined_at ON session_learner (joined_at, learner_id);

            CREATE TABLE lesson_event (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                learner_id bigint REFERENCES learner (id) ON DELETE SET NULL,
                forgotten_id bigint,
                branch text NOT NULL,
                session_id bigint REFERENCES taster_session (id) ON DELETE SET NULL,
                lesson_id text NOT NULL,
                kind text NOT NULL CHECK (kind IN ('started', 'completed', 'hint', 'solution')),
                recorded_at timestamptz NOT NULL
            );
            CREATE INDEX lesson_event_on_learner_id ON lesson_event (learner_id);
            CREATE INDEX lesson_event_on_session_id ON lesson_event (session_id);
            CREATE INDEX lesson_event_on_branch_recorded_at ON lesson_event (branch, recorded_at, learner_id, lesson_id, kind);

            CREATE TABLE live_status (
                learner_id bigint PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
                branch text NOT NULL,
                session_id bigint REFERENCES taster_session (id) ON DELETE SET NULL,
                lesson_id text,
                lesson_title text,
                step_number integer,
                step_count integer,
                step_started_at timestamptz,
                wrong_attempts integer NOT NULL DEFAULT 0,
                hints_on_step integer NOT NULL DEFAULT 0,
                hand_raised_at timestamptz,
                last_activity_at timestamptz NOT NULL,
                seen_at timestamptz,
                seen_wrong_attempts integer NOT NULL DEFAULT 0
            );
            CREATE INDEX live_status_on_session_id ON live_status (session_id);
            CREATE INDEX live_status_on_branch_last_activity_at ON live_status (branch, last_activity_at);

            CREATE TABLE confidence_count (
                session_id bigint NOT NULL REFERENCES taster_session (id) ON DELETE CASCADE,
                moment text NOT NULL CHECK (moment IN ('before', 'after')),
                rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
                count integer NOT NULL CHECK (count >= 0),
                PRIMARY KEY (session_id, moment, rating)
            );

            CREATE TABLE forgotten_learner_day (
                forgotten_id bigint NOT NULL,
                branch text NOT NULL,
                day timestamptz NOT NULL,
                PRIMARY KEY (forgotten_id, branch, day)
            );
            CREATE INDEX forgotten_learner_day_on_branch_day ON forgotten_learner_day (branch, day);

            CREATE TABLE store_chore (
                chore text PRIMARY KEY,
                last_started_on date NOT NULL
            );
            """),
        // One record per branch, opaque to the store (the reports layer writes a salted hash).
        PostgresMigration(name: volunteerCredentials, sql: """
            CREATE TABLE volunteer_credential (
                branch text PRIMARY KEY,
                record bytea NOT NULL,
                written_at timestamptz NOT NULL DEFAULT now()
            );
            """),
        // Like confidence_count: counts per session and pair of ratings, with no learner, time,
        // row id or order, so a pair cannot be traced back to the person who gave it.
        PostgresMigration(name: confidencePairs, sql: """
            CREATE TABLE confidence_pair (
                session_id bigint NOT NULL REFERENCES taster_session (id) ON DELETE CASCADE,
                rating_before integer NOT NULL CHECK (rating_before BETWEEN 1 AND 5),
                rating_after integer NOT NULL CHECK (rating_after BETWEEN 1 AND 5),
                count integer NOT NULL CHECK (count >= 0),
                PRIMARY KEY (session_id, rating_before, rating_after)
            );
            """),
        PostgresMigration(name: outboxReceipts, sql: """
            CREATE TABLE outbox_receipt (
                event_id uuid PRIMARY KEY,
                received_on date NOT NULL
            );
            """),
        // A language tag (en, cy) or NULL when the learner never chose; on the learner's own
        // row, so forgetting or purging the learner removes it too.
        PostgresMigration(name: learnerLanguage, sql: """
            ALTER TABLE learner ADD COLUMN preferred_language text;
            """),
        // SECURITY DEFINER functions run with their owner's rights, so they must belong to the
        // tables' owner: a login that is not (a terminal's, on a server whose public schema lets
        // anyone create) is refused before anything is made. Each function's search_path is
        // pinned to this schema with pg_temp last, so nobody's own tables or functions can stand
        // in for the ones they use, and PUBLIC's right to run them is taken away in the same
        // transaction that makes them (as PostgreSQL's "Writing SECURITY DEFINER Functions
        // Safely" advises); `taster store init` then grants it to the two roles. The statements
        // are the store's own, unchanged: the live view's rules stay what they were.
        PostgresMigration(name: terminalWrites, sql: """
            DO $$
            BEGIN
                IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'live_status'::regclass), 'USAGE') THEN
                    RAISE EXCEPTION 'only the owner of the tables can make the functions that write to them'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END $$;

            -- A raised hand stays up until a volunteer clears it; a volunteer's "seen" lasts
            -- only while the learner stays on the step.
            CREATE FUNCTION taster_update_live_status(
                p_learner_id bigint, p_branch text, p_session_id bigint, p_lesson_id text, p_lesson_title text,
                p_step_number integer, p_step_count integer, p_step_started_at timestamptz, p_wrong_attempts integer,
                p_hints_on_step integer, p_at timestamptz
            ) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
                INSERT INTO live_status (learner_id, branch, session_id, lesson_id, lesson_title, step_number, step_count,
                                         step_started_at, wrong_attempts, hints_on_step, hand_raised_at, last_activity_at)
                VALUES (p_learner_id, p_branch, p_session_id, p_lesson_id, p_lesson_title, p_step_number, p_step_count,
                        p_step_started_at, p_wrong_attempts, p_hints_on_step, NULL, p_at)
                ON CONFLICT (learner_id) DO UPDATE
                SET branch = excluded.branch, session_id = excluded.session_id, lesson_id = excluded.lesson_id,
                    lesson_title = excluded.lesson_title, step_number = excluded.step_number, step_count = excluded.step_count,
                    step_started_at = excluded.step_started_at, wrong_attempts = excluded.wrong_attempts,
                    hints_on_step = excluded.hints_on_step,
                    seen_at = CASE WHEN live_status.lesson_id IS NOT DISTINCT FROM excluded.lesson_id
                                    AND live_status.step_number IS NOT DISTINCT FROM excluded.step_number
                                   THEN live_status.seen_at ELSE NULL END,
                    last_activity_at = excluded.last_activity_at;
            $$;

            CREATE FUNCTION taster_raise_hand(p_learner_id bigint, p_branch text, p_at timestamptz)
            RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
                INSERT INTO live_status (learner_id, branch, hand_raised_at, last_activity_at)
                VALUES (p_learner_id, p_branch, p_at, p_at)
                ON CONFLICT (learner_id) DO UPDATE
                SET branch = excluded.branch, hand_raised_at = excluded.hand_raised_at, last_activity_at = excluded.last_activity_at;
            $$;

            CREATE FUNCTION taster_remove_live_status(p_learner_id bigint)
            RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
                DELETE FROM live_status WHERE learner_id = p_learner_id;
            $$;

            -- True when this call is the one that marked the question asked: it says nothing
            -- more than the UPDATE ... RETURNING it replaces.
            CREATE FUNCTION taster_claim_confidence_question(p_session_id bigint, p_learner_id bigint, p_moment text)
            RETURNS boolean LANGUAGE sql SECURITY DEFINER AS $$
                WITH claimed AS (
                    UPDATE session_learner
                    SET asked_before = asked_before OR p_moment = 'before', asked_after = asked_after OR p_moment = 'after'
                    WHERE session_id = p_session_id AND learner_id = p_learner_id
                      AND ((p_moment = 'before' AND NOT asked_before) OR (p_moment = 'after' AND NOT asked_after))
                    RETURNING 1
                )
                SELECT EXISTS (SELECT 1 FROM claimed);
            $$;

            CREATE FUNCTION taster_count_confidence(p_session_id bigint, p_moment text, p_rating integer)
            RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
                INSERT INTO confidence_count (session_id, moment, rating, count) VALUES (p_session_id, p_moment, p_rating, 1)
                ON CONFLICT (session_id, moment, rating) DO UPDATE SET count = confidence_count.count + 1;
            $$;

            CREATE FUNCTION taster_count_confidence_pair(p_session_id bigint, p_rating_before integer, p_rating_after integer)
            RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
                INSERT INTO confidence_pair (session_id, rating_before, rating_after, count)
                VALUES (p_session_id, p_rating_before, p_rating_after, 1)
                ON CONFLICT (session_id, rating_before, rating_after) DO UPDATE SET count = confidence_pair.count + 1;
            $$;

            DO $$
            DECLARE
                made regprocedure;
            BEGIN
                FOR made IN
                    SELECT p.oid::regprocedure FROM pg_proc p
                    WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
                      AND p.proname IN ('taster_update_live_status', 'taster_raise_hand', 'taster_remove_live_status',
                                        'taster_claim_confidence_question', 'taster_count_confidence',
                                        'taster_count_confidence_pair')
                LOOP
                    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', made, current_schema());
                    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', made);
                END LOOP;
            END $$;
            """),
    ]

    /// The names of the migrations applied to the database `connection` is on, oldest first
    /// (for `taster store status`).
    public static func applied(on connection: PostgresConnection) throws(PostgresError) -> [String] {
        try connection.execute("SELECT name FROM \(PostgresMigrator.recordTable) ORDER BY applied_at, name").rows.compactMap { $0.first ?? nil }
    }

    /// The migrator for ``migrations``.
    public static var migrator: PostgresMigrator { PostgresMigrator(migrations: migrations) }
}
