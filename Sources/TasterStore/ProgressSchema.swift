import GRDB

/// The database schema, as a timeline of named migrations.
///
/// A migration that has shipped is never edited, renamed or removed: databases in the wild
/// record the names they have applied, and a name this version does not know means a newer
/// taster made the file (see ``StoreError/newerVersion(file:)``). Changes go in new migrations
/// appended at the end. Migrations speak SQL and table names only, not Swift types, so that
/// they keep meaning the same thing as the code moves on.
enum ProgressSchema {
    /// The first schema: learners, per-lesson progress and step events.
    static let version1 = "v1-learners-and-progress"
    /// Taster sessions, who took part, lesson events, the live view and anonymous confidence answers.
    static let version2 = "v2-sessions"
    /// When each store-wide chore (the daily retention purge) last ran, so it runs at most once a day.
    static let storeChores = "v3-store-chores"
    /// Confidence answers kept as per-session counts only, so order and time cannot link them to anyone.
    static let confidenceCounts = "v4-confidence-counts"
    /// Lesson events that outlive a forgotten learner as anonymous counts, and shown solutions counted apart from hints.
    static let anonymousLessonCounts = "v5-anonymous-lesson-counts"
    /// Whether a learner has been asked the confidence question in a session, so it is asked once.
    static let confidenceAsked = "v6-confidence-asked"
    /// Indexes that let a report for a period read only that period's activity.
    static let activityTimeIndexes = "v7-activity-time-indexes"
    /// When a volunteer saw to a stuck learner on the live view, and their wrong answers then.
    static let liveHelpSeen = "v8-live-help-seen"
    /// A learner's start and leaving confidence answers kept together as anonymous per-session pair counts.
    static let confidencePairs = "v9-confidence-pairs"
    /// The language a learner chose at the welcome, kept so that it greets them when they come back.
    static let learnerLanguage = "v10-learner-language"

    /// The migrator with every migration this version knows, in order.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(version1) { db in
            try db.execute(sql: """
                CREATE TABLE learner (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    code TEXT NOT NULL UNIQUE,
                    nickname TEXT,
                    createdAt DATETIME NOT NULL,
                    lastActiveAt DATETIME NOT NULL
                );
                CREATE INDEX learner_on_lastActiveAt ON learner(lastActiveAt);

                CREATE TABLE lessonProgress (
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    lessonID TEXT NOT NULL,
                    contentVersion TEXT NOT NULL,
                    startedAt DATETIME NOT NULL,
                    completedAt DATETIME,
                    completedContentVersion TEXT,
                    resumeStepIndex INTEGER NOT NULL DEFAULT 0,
                    lastActiveAt DATETIME NOT NULL,
                    PRIMARY KEY (learnerId, lessonID)
                );

                CREATE TABLE stepEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    lessonID TEXT NOT NULL,
                    stepIndex INTEGER NOT NULL,
                    stepID TEXT,
                    attempts INTEGER NOT NULL,
                    hintsUsed INTEGER NOT NULL,
                    skipped BOOLEAN NOT NULL,
                    secondsSpent INTEGER NOT NULL,
                    completed BOOLEAN NOT NULL,
                    typedAnswers TEXT,
                    recordedAt DATETIME NOT NULL
                );
                CREATE INDEX stepEvent_on_learnerId_lessonID ON stepEvent(learnerId, lessonID);
                """)
        }
        migrator.registerMigration(version2) { db in
            // At most one session is open: the partial unique index holds every open row to the
            // same constant key.
            // Confidence answers deliberately have no learner column and no time: they belong to
            // a session and nothing else, so they cannot be traced back to a learner.
            try db.execute(sql: """
                CREATE TABLE tasterSession (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    startedAt DATETIME NOT NULL,
                    endedAt DATETIME
                );
                CREATE UNIQUE INDEX tasterSession_one_open ON tasterSession((endedAt IS NULL)) WHERE endedAt IS NULL;
                CREATE INDEX tasterSession_on_startedAt ON tasterSession(startedAt);

                CREATE TABLE sessionLearner (
                    sessionId INTEGER NOT NULL REFERENCES tasterSession(id) ON DELETE CASCADE,
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    joinedAt DATETIME NOT NULL,
                    PRIMARY KEY (sessionId, learnerId)
                );
                CREATE INDEX sessionLearner_on_learnerId ON sessionLearner(learnerId);

                CREATE TABLE lessonEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    sessionId INTEGER REFERENCES tasterSession(id) ON DELETE SET NULL,
                    lessonID TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'hint')),
                    recordedAt DATETIME NOT NULL
                );
                CREATE INDEX lessonEvent_on_recordedAt ON lessonEvent(recordedAt);
                CREATE INDEX lessonEvent_on_learnerId ON lessonEvent(learnerId);
                CREATE INDEX lessonEvent_on_sessionId ON lessonEvent(sessionId);

                CREATE TABLE liveStatus (
                    learnerId INTEGER PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
                    sessionId INTEGER REFERENCES tasterSession(id) ON DELETE SET NULL,
                    lessonID TEXT,
                    lessonTitle TEXT,
                    stepNumber INTEGER,
                    stepCount INTEGER,
                    stepStartedAt DATETIME,
                    wrongAttempts INTEGER NOT NULL DEFAULT 0,
                    hintsOnStep INTEGER NOT NULL DEFAULT 0,
                    handRaisedAt DATETIME,
                    lastActivityAt DATETIME NOT NULL
                );

                CREATE TABLE confidenceAnswer (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionId INTEGER NOT NULL REFERENCES tasterSession(id) ON DELETE CASCADE,
                    moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
                    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5)
                );
                CREATE INDEX confidenceAnswer_on_sessionId ON confidenceAnswer(sessionId);
                """)
        }
        migrator.registerMigration(storeChores) { db in
            // One row per chore: the UTC day ("2026-12-01") it was last started on. A terminal
            // claims the day in one small transaction, so only one terminal a day does the work.
            try db.execute(sql: """
                CREATE TABLE storeChore (
                    chore TEXT PRIMARY KEY,
                    lastStartedOn TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration(confidenceCounts) { db in
            // One row per session, moment and rating holding how many chose it: no row id, no
            // time and no order of arrival, so the first answers cannot be matched to the first
            // learners to join. The old numbered rows are folded in and their table dropped.
            try db.execute(sql: """
                CREATE TABLE confidenceCount (
                    sessionId INTEGER NOT NULL REFERENCES tasterSession(id) ON DELETE CASCADE,
                    moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
                    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                    count INTEGER NOT NULL CHECK (count >= 0),
                    PRIMARY KEY (sessionId, moment, rating)
                ) WITHOUT ROWID;
                INSERT INTO confidenceCount (sessionId, moment, rating, count)
                    SELECT sessionId, moment, rating, COUNT(*) FROM confidenceAnswer GROUP BY sessionId, moment, rating;
                DROP TABLE confidenceAnswer;
                """)
        }
        migrator.registerMigration(anonymousLessonCounts) { db in
            // SQLite cannot change a CHECK or a NOT NULL in place, so the lesson event table is
            // rebuilt. When a learner is forgotten, their events lose the learner and keep only a
            // random number shared by that forgotten learner's events (so a lesson started twice
            // still counts once) and the day, not the moment.
            try db.execute(sql: """
                CREATE TABLE lessonEventNew (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    learnerId INTEGER REFERENCES learner(id) ON DELETE SET NULL,
                    forgottenId INTEGER,
                    sessionId INTEGER REFERENCES tasterSession(id) ON DELETE SET NULL,
                    lessonID TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'hint', 'solution')),
                    recordedAt DATETIME NOT NULL
                );
                INSERT INTO lessonEventNew (id, learnerId, sessionId, lessonID, kind, recordedAt)
                    SELECT id, learnerId, sessionId, lessonID, kind, recordedAt FROM lessonEvent;
                DROP TABLE lessonEvent;
                ALTER TABLE lessonEventNew RENAME TO lessonEvent;
                CREATE INDEX lessonEvent_on_recordedAt ON lessonEvent(recordedAt);
                CREATE INDEX lessonEvent_on_learnerId ON lessonEvent(learnerId);
                CREATE INDEX lessonEvent_on_sessionId ON lessonEvent(sessionId);

                CREATE TABLE forgottenLearnerDay (
                    forgottenId INTEGER NOT NULL,
                    day DATETIME NOT NULL,
                    PRIMARY KEY (forgottenId, day)
                ) WITHOUT ROWID;
                CREATE INDEX forgottenLearnerDay_on_day ON forgottenLearnerDay(day);

                ALTER TABLE tasterSession ADD COLUMN forgottenLearners INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration(confidenceAsked) { db in
            // Only that the question was put, never the answer: the answers stay in
            // confidenceCount, which has no learner.
            try db.execute(sql: """
                ALTER TABLE sessionLearner ADD COLUMN askedBefore BOOLEAN NOT NULL DEFAULT 0;
                ALTER TABLE sessionLearner ADD COLUMN askedAfter BOOLEAN NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration(activityTimeIndexes) { db in
            // A report's learner count and lesson figures ask for activity between two times.
            // Without these, a one-month report read all three million step events of a
            // three-year store. Each index leads with the time and carries what the report
            // reads, so a period is one range of one index and the table itself is not touched.
            // (The confidence answers deliberately have no time; they are reached through their
            // session's start.)
            try db.execute(sql: """
                CREATE INDEX stepEvent_on_recordedAt_learnerId ON stepEvent(recordedAt, learnerId);
                CREATE INDEX lessonEvent_on_recordedAt_covering ON lessonEvent(recordedAt, learnerId, lessonID, kind);
                DROP INDEX lessonEvent_on_recordedAt;
                CREATE INDEX sessionLearner_on_joinedAt_learnerId ON sessionLearner(joinedAt, learnerId);
                """)
        }
        migrator.registerMigration(liveHelpSeen) { db in
            // A volunteer who has seen to a learner stuck on wrong answers or idle can say so;
            // the count kept is what another wrong answer is measured against.
            try db.execute(sql: """
                ALTER TABLE liveStatus ADD COLUMN seenAt DATETIME;
                ALTER TABLE liveStatus ADD COLUMN seenWrongAttempts INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration(confidencePairs) { db in
            // So that the change in confidence can compare the same people: one row per session
            // and pair of ratings holding how many learners gave that start answer and that
            // leaving answer. Like confidenceCount, no learner, no row id, no time and no order
            // of arrival. The start answer waits in the learner's terminal, never in the file.
            try db.execute(sql: """
                CREATE TABLE confidencePair (
                    sessionId INTEGER NOT NULL REFERENCES tasterSession(id) ON DELETE CASCADE,
                    ratingBefore INTEGER NOT NULL CHECK (ratingBefore BETWEEN 1 AND 5),
                    ratingAfter INTEGER NOT NULL CHECK (ratingAfter BETWEEN 1 AND 5),
                    count INTEGER NOT NULL CHECK (count >= 0),
                    PRIMARY KEY (sessionId, ratingBefore, ratingAfter)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration(learnerLanguage) { db in
            // A language tag (en, cy) or NULL when the learner never chose; it lives on the
            // learner's own row, so forgetting or purging the learner removes it too.
            try db.execute(sql: "ALTER TABLE learner ADD COLUMN preferredLanguage TEXT")
        }
        return migrator
    }
}
