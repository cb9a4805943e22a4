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
        return migrator
    }
}
