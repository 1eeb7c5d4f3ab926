#pragma once

#include "crm/CrmResult.h"

#include <QByteArray>

#include <optional>

namespace opc::crm {

// When and after how long a failed request is sent again. Pure: no timers, no randomness of its
// own (the caller passes the jitter), so that it can be tested exactly.
//
// A request is repeatable when sending it twice cannot do its work twice:
//  - GET, HEAD, PUT, DELETE are idempotent by definition;
//  - POST only with an Idempotency-Key (the CRM stores each key once; CrmClient gives every POST
//    one and keeps it across retries);
//  - PATCH only with If-Match: if an earlier attempt was applied but its answer was lost, the
//    entity's ETag has changed and the repeat is refused with 412 instead of applied twice.
//    Without If-Match a PATCH is never repeated.
// Transient failures are the ones that may go away by themselves: no answer (network error,
// timeout), 429, and the gateway/unavailable statuses 502, 503, 504. A 500 is a bug, any other
// 4xx a definite answer: neither is repeated.
struct RetryPolicy {
    int baseDelayMs = 500; // pause after the first failure, before jitter
    int maxDelayMs = 8000; // cap of the exponential pause
    int maxRetryAfterSeconds = 60; // a longer Retry-After is not waited for: the caller is told

    static bool isRepeatable(const QByteArray &method, bool hasIdempotencyKey, bool hasIfMatch);
    static bool isTransient(const CrmError &error);

    // Exponential pause after `failedAttempts` (>= 1) failures: base * 2^(n-1), capped, then
    // "equal jitter": half of it fixed, the other half scaled by `jitter` in [0, 1], so that
    // clients failing together do not come back together.
    int backoffMs(int failedAttempts, double jitter) const;

    // The pause before attempt `attemptsMade + 1`, or nullopt when the error is final: not
    // repeatable, not transient, attempts used up, or a Retry-After beyond the cap. A 429's
    // Retry-After is waited for exactly (it is the server's word); without one, backoff applies.
    std::optional<int> retryDelayMs(bool repeatable, const CrmError &error, int attemptsMade,
                                    int maxAttempts, double jitter) const;
};

} // namespace opc::crm
