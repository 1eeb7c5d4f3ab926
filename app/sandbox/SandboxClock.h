#pragma once

#include <QDate>
#include <QDateTime>
#include <QMutex>

#include <optional>

namespace opc::sandbox {

// "Now" for the partner part of the sandbox: line status, days left for add-ons, notifications,
// the NFR line and the times partner records carry. It follows real time until a test sets or
// advances it (POST /api/v1/_sandbox/clock); from then on it stands still and moves only when
// told, so a test counting days never straddles a real midnight. Thread-safe.
class SandboxClock final {
    Q_DISABLE_COPY_MOVE(SandboxClock)

public:
    SandboxClock() = default;

    QDateTime now() const; // UTC
    QDate today() const; // the UTC date of now()

    // Moves the clock to `to`. It only moves forward: notices already sent and NFR decisions
    // already taken cannot be taken back, so false (and no change) when `to` is before now().
    bool moveTo(const QDateTime &to);
    // Moves the clock `days` whole days forward; returns the new now().
    QDateTime advanceDays(int days);

private:
    QDateTime nowLocked() const;

    mutable QMutex m_mutex;
    std::optional<QDateTime> m_fixed; // set once a test moved the clock
};

} // namespace opc::sandbox
