CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
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
INSERT INTO grdb_migrations (identifier) VALUES ('v1-learners-and-progress');
