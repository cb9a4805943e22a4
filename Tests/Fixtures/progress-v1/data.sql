BEGIN;
INSERT INTO learner (code, nickname, createdAt, lastActiveAt) VALUES
  ('maple-river-otter-42', 'Sam', '2026-11-30 09:00:00.000', '2026-11-30 09:20:00.000'),
  ('cedar-stone-chalk-07', NULL, '2026-11-30 09:05:00.000', '2026-11-30 09:06:30.000');
INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, completedAt, completedContentVersion, resumeStepIndex, lastActiveAt) VALUES
  (1, 'reading-web-addresses', 'sha256:1111', '2026-11-30 09:01:00.000', '2026-11-30 09:15:00.000', 'sha256:1111', 0, '2026-11-30 09:15:00.000'),
  (1, 'spotting-scam-emails', 'sha256:2222', '2026-11-30 09:16:00.000', NULL, NULL, 2, '2026-11-30 09:20:00.000'),
  (2, 'reading-web-addresses', 'sha256:1111', '2026-11-30 09:05:30.000', NULL, NULL, 1, '2026-11-30 09:06:30.000');
INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped, secondsSpent, completed, typedAnswers, recordedAt) VALUES
  (1, 'reading-web-addresses', 0, 'welcome', 1, 0, 0, 20, 1, NULL, '2026-11-30 09:02:00.000'),
  (1, 'reading-web-addresses', 1, 'which-site', 2, 1, 0, 95, 1, '["bank.example.com","example.com"]', '2026-11-30 09:10:00.000'),
  (1, 'spotting-scam-emails', 0, NULL, 1, 0, 0, 40, 1, NULL, '2026-11-30 09:17:00.000'),
  (1, 'spotting-scam-emails', 1, 'sender', 3, 2, 1, 180, 0, NULL, '2026-11-30 09:20:00.000'),
  (2, 'reading-web-addresses', 0, 'welcome', 1, 0, 0, 60, 1, NULL, '2026-11-30 09:06:30.000');
COMMIT;
