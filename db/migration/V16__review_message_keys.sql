-- One review step for every reviewed kind: notification texts are keyed by kind (notification.report…,
-- notification.directive…, notification.congressStage…). The unlock texts were the report's only; notifications
-- already delivered keep reading the same text under the report's key.
UPDATE notification SET message_key = 'notification.reportUnlockRequested' WHERE message_key = 'notification.unlockRequested';
UPDATE notification SET message_key = 'notification.reportUnlockGranted' WHERE message_key = 'notification.unlockGranted';
UPDATE notification SET message_key = 'notification.reportUnlockRefused' WHERE message_key = 'notification.unlockRefused';
