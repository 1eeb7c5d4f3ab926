<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>Operator Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator Console for the customer-care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the CRM at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sandbox CRM, signed in as the demo agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox database file (or :memory:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the main window has been painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-db needs --sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crm and --sandbox exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the console has signed in (benchmarks measure a working session with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke and --smoke-signed-in exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the smoke run did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to show the console on. Run it under a virtual display (xvfb-run -a operator-console …) or without a window (QT_QPA_PLATFORM=offscreen operator-console …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console could not start again; start it the usual way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not start again. Start it the usual way: the language you chose is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::AuditChainVerifier</name>
    <message>
        <source>It has no sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It follows event %1 but is numbered %2: events are missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not start the chain: the log before it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not follow event %1 in the chain: an event between them was deleted, or the events were reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content does not match its hash: the event was changed after it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log starts at event %1 instead of event %2: the events before it are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::Role</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::AnalyticsCommand</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits: %1 of %2 calls left this minute, %3 of %4 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: “analytics export” sends the funnels, employees, contacts and deal history to the analytics service within its limits; an interrupted export goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again, not only what changed since the last export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and deal history records per call (1 to %1, default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait for the limits, in seconds (default %1); a longer one (the day&apos;s limit) stops the export, to be run again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: operator-cli analytics export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on with the interrupted export %1: %2 of %3 calls left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read from the CRM: %1, %2, %3, %Ln deal(s) with %4 (%5 generated for skipped stages).</source>
        <translation>
            <numerusform>Read from the CRM: %1, %2, %3, %Ln deal with %4 (%5 generated for skipped stages).</numerusform>
            <numerusform>Read from the CRM: %1, %2, %3, %Ln deals with %4 (%5 generated for skipped stages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) unchanged since the last export are not sent again.</source>
        <translation>
            <numerusform>%Ln item unchanged since the last export are not sent again.</numerusform>
            <numerusform>%Ln items unchanged since the last export are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send in %Ln call(s): %1.</source>
        <translation>
            <numerusform>To send in %Ln call: %1.</numerusform>
            <numerusform>To send in %Ln calls: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] sent; left: %Ln call(s) (%3)</source>
        <translation>
            <numerusform>[%1/%2] sent; left: %Ln call (%3)</numerusform>
            <numerusform>[%1/%2] sent; left: %Ln calls (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>; about %1 s to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s for the day&apos;s limit to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s for the minute&apos;s limit to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s, as the analytics service asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to send: the analytics service has everything as it is in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %Ln call(s) sent %1.</source>
        <translation>
            <numerusform>Export finished: %Ln call sent %1.</numerusform>
            <numerusform>Export finished: %Ln calls sent %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the analytics service lost what earlier exports sent, send everything again with --full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::AuditCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln event(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln event checked.</numerusform>
            <numerusform>The audit log is intact: %Ln events checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is broken at event %1 (%2): %3 %Ln event(s) before it are intact.</source>
        <translation>
            <numerusform>The audit log is broken at event %1 (%2): %3 %Ln event before it is intact.</numerusform>
            <numerusform>The audit log is broken at event %1 (%2): %3 %Ln events before it are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action must be an action id (e.g. lead.take) or a prefix ending in “.*” (e.g. merge.*), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD, a day on this computer&apos;s clock) or a date and time with its zone (e.g. 2026-11-20T09:30:00Z or 2026-11-20T12:30:00+03:00), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) must be after --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log: “audit verify” checks its hash chain and names the first event that was changed, deleted or moved; “audit export --format csv|jsonl” writes the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: csv (UTF-8 with a byte-order mark, for Excel) or jsonl (one JSON object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: the file to write (replaced only once the export is complete); standard output without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only this user&apos;s events (user id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only this action, or a prefix such as merge.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only events about this entity id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only the events of this operation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: events from this local day (YYYY-MM-DD) or instant (with Z or an offset) on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: events up to this local day, included, or before this instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only events whose text contains this (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“audit” needs what to do: “audit verify” or “audit export --format csv|jsonl”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown “audit %1”: use “audit verify” or “audit export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “audit verify”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“audit export” needs --format csv or --format jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or jsonl, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported.</source>
        <translation>
            <numerusform>%Ln event exported.</numerusform>
            <numerusform>%Ln events exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln event exported to “%1”.</numerusform>
            <numerusform>%Ln events exported to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln event(s) checked after event %1, the last one archived.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln event checked after event %1, the last one archived.</numerusform>
            <numerusform>The audit log is intact: %Ln events checked after event %1, the last one archived.</numerusform>
        </translation>
    </message>
    <message>
        <source>--text needs at least %1 characters: shorter text matches nearly every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the archive “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive “%1” is damaged at line %2: it is not a stored audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: a retention archive to check first (audit-FIRST-LAST.jsonl; repeat it, oldest first); the archives must end where the log&apos;s anchor says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “audit export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive “%1” is broken at event %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archives end at event %1, but the log continues after event %2 with another hash: archived events are missing, or the log&apos;s anchor was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The archives are intact: %Ln event(s) checked, ending where the log continues.</source>
        <translation>
            <numerusform>The archives are intact: %Ln event checked, ending where the log continues.</numerusform>
            <numerusform>The archives are intact: %Ln events checked, ending where the log continues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::Cli</name>
    <message>
        <source>Operator Console from the command line: the same CRM client and operations as the console, for team leads and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM to work with, e.g. https://crm.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sandbox CRM with demo data (in memory, on a loopback port) instead of --crm; signs in as the demo agent unless a token is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input. Otherwise %1 is used, or else the token stored by “login” in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 operational failure (CRM unreachable, token refused, no keychain), 2 bad usage or input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read, so --token-stdin gives no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input is empty: pipe the token into operator-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token read from standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must be a single word without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs the token: pipe it with --token-stdin or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; the commands are: %1. See operator-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. See operator-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1” after “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --crm or --sandbox, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM given: add --crm URL (or --sandbox for the built-in demo CRM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not apply to the built-in sandbox: it needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox CRM could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for %1: run “operator-cli --crm %1 login” first, or pass one with --token-stdin or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::ErrorText</name>
    <message>
        <source>Cannot reach the CRM at %1. Check the address and the network connection, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM at %1 did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (locked, or no keyring service is running). Unlock the keyring, or pass the token with --token-stdin or OPERATOR_CRM_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsCommand</name>
    <message>
        <source>Leads: “leads intake” posts the leads given as JSON lines on standard input and prints each decision; “leads list --queue free|mine|all” shows a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“leads” needs what to do: “leads intake” or “leads list --queue free|mine|all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown “leads %1”: use “leads intake” or “leads list --queue free|mine|all”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsIntake</name>
    <message>
        <source>%1: new: deal %2, order %3, existing client %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new: deal %2, order %3, new client %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate of deal %2 (%3): a task was added to the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate of deal %2 (%3): a comment was added to the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to “leads list”, not to “leads intake”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read: pipe the leads into operator-cli, one JSON object a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the CRM failed on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty: expected one lead as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON value of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s): %1 new, %2 duplicate, %3 invalid, %4 not sent.</source>
        <translation>
            <numerusform>%Ln lead: %1 new, %2 duplicate, %3 invalid, %4 not sent.</numerusform>
            <numerusform>%Ln leads: %1 new, %2 duplicate, %3 invalid, %4 not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM failed on line %1, and %Ln later lead(s) were not sent: %2</source>
        <translation>
            <numerusform>The CRM failed on line %1, and %Ln later lead was not sent: %2</numerusform>
            <numerusform>The CRM failed on line %1, and %Ln later leads were not sent: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) were invalid and not sent; see their lines in the output.</source>
        <translation>
            <numerusform>%Ln lead was invalid and not sent; see their lines in the output.</numerusform>
            <numerusform>%Ln leads were invalid and not sent; see their lines in the output.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsList</name>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5  %6  %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads list: the queue: free (anyone may take them), mine (taken by me), all (team leads and admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads list: only leads with this status (free, in_work, success, failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads list: only leads whose name, phone or e-mail contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads list --queue all: only this agent&apos;s leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--queue is missing: give free, mine or all, e.g. “leads list --queue free”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--queue must be free, mine or all, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assignee applies to --queue all only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM refused to show the “%1” queue: only team leads and admins see every agent&apos;s leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s).</source>
        <translation>
            <numerusform>%Ln lead.</numerusform>
            <numerusform>%Ln leads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesCommand</name>
    <message>
        <source>Partner lines: “lines list [--status S] [--country CC]” shows the clients&apos; lines; “lines renew --line ID --months N” renews lines in one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lines” needs what to do: “lines list” or “lines renew --line ID --months N”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown “lines %1”: use “lines list” or “lines renew --line ID --months N”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “lines %2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesList</name>
    <message>
        <source>%1(off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines list: only lines in this status: active, expiring-7 (within 7 days), expiring-30 (within 30 days), expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines list: only lines of clients in this country (two letters, e.g. RU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, expiring-7, expiring-30 or expired, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country must be a two-letter country code such as RU, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesRenew</name>
    <message>
        <source>Volume discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line %1: there is no such line; give the line id “lines list” shows (e.g. L-20001) or its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line must be a line id such as L-20001 or the line&apos;s number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--line is missing: give the lines to renew, e.g. “lines renew --line L-20001 --line L-20002 --months 3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months is missing: give how many months to renew for, e.g. --months 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment-method must be card or invoice, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operation-id must be the operation id an earlier “lines renew” printed (letters, digits, . _ : -), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %Ln line(s) renewed for %2 month(s), paid by %3.</source>
        <translation>
            <numerusform>Order %1: %Ln line renewed for %2 month(s), paid by %3.</numerusform>
            <numerusform>Order %1: %Ln lines renewed for %2 month(s), paid by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was placed earlier with operation id %1; nothing was renewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  expires %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operation-id %1 was used for a different order (other lines, months or payment method); leave it out to place a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order got no answer from the CRM at %1 (%2), so it may or may not have been placed. Run the same command again with --operation-id %3 and the CRM answers the first order instead of renewing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines renew: a line to renew (its id, e.g. L-20001, or its number); repeat it or separate ids with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines renew: how many months to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines renew: how the partner pays: card (default) or invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines renew: send again the order an earlier run printed this operation id for; the CRM answers it instead of renewing twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LoginCommand</name>
    <message>
        <source>Check the token from --token-stdin or OPERATOR_CRM_TOKEN and store it in the system keychain for this CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid, but it was not stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3); the token is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::LogoutCommand</name>
    <message>
        <source>Remove the token stored in the system keychain for this CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1: the token was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was stored for %1; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::MergeCommand</name>
    <message>
        <source>The working account whose request, lessons and teacher move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty account of the same subject that takes them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms that the student was warned that one account loses its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every step with its values before and after and the texts it writes; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First confirm that the student was warned that one account loses its progress, then add --student-warned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source and --target are the same account %1; the target must be the empty account that takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing: give the account id, e.g. --%1 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an account id (a whole number above 0), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (--target) is not one of the accounts of student %2 “%3”, which are %4. Both accounts must belong to the same student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source account %1 is the %2 account and target account %3 the %4 account: a merge moves a subject&apos;s lessons to another account of the same subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source must be the working account and the target the empty one of the same subject. For “%1”, use --source %2 --target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of the merge for student %1 “%2”: nothing is changed in the CRM and no merge is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in the order they run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a KIDS student&apos;s accounts: --source ID --target ID --student-warned runs the merge, --dry-run shows every step without changing anything, --resume OPERATION_ID continues an interrupted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the interrupted merge with this operation id from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the new request&apos;s price set or region differs from the old request&apos;s: copy the old one&apos;s, or keep the new one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--price-set must be copy or keep, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your merge %1 of these accounts was interrupted. Continue it with: operator-cli merge --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs the operation id the merge printed, e.g. --resume 0f8c…; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --resume cannot be combined: a resumed merge changes the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Decide, then continue with: operator-cli merge --resume %2 --price-set copy|keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Continue with: operator-cli merge --resume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old request: %1 (now a duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login link (the web alternative): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether another merge holds these accounts could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::QuoteCommand</name>
    <message>
        <source>Prices channels added to a running line until its expiry; the order as JSON on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices new lines or a renewal with every discount; the order as JSON on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read: pipe the order into operator-cli as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices: the input has no prices. Add &quot;prices&quot;, or give --crm URL (or --sandbox) to use the CRM&apos;s price list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::UserOutput</name>
    <message>
        <source>User:  %1 (%2)
Id:    %3
Role:  %4 (%5)
CRM:   %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::cli::WhoamiCommand</name>
    <message>
        <source>Show the user, role and CRM the token signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::crm::ErrorMessages</name>
    <message>
        <source>Cannot reach the CRM. Check the network connection and the CRM address; the console reconnects by itself when the CRM is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM did not answer in time. It may be overloaded or the connection is slow; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM did not understand the console&apos;s request. This is a fault in the console, not in what you entered; please report it with the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM did not accept your access token: it is wrong, revoked or expired. Sign in again with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask a team lead to do it or to grant you access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM has no such record: it may have been deleted or merged meanwhile. Reload the page and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM refused this because it conflicts with another change in progress (for example, someone else is working on the same record). Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it, so your change was not saved. Reload it to see the current state, then repeat your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM requires a version check that the console did not send, so nothing was changed. This is a fault in the console; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM rejected the value of “%1”: %2. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM rejected the value of “%1”. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM rejected some of the values. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CRM is receiving too many requests. Wait %Ln second(s), then try again.</source>
        <translation>
            <numerusform>The CRM is receiving too many requests. Wait %Ln second, then try again.</numerusform>
            <numerusform>The CRM is receiving too many requests. Wait %Ln seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM is receiving too many requests. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM ran into a problem of its own (HTTP %1). Try again in a few minutes; if it keeps happening, tell the CRM administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM sent an answer the console cannot read. The CRM may be misconfigured or something between you and the CRM altered the answer; try again, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::DuplicateRules</name>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number of days from 0 to %1 (0 means the last %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;task&quot; or &quot;comment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::Email</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the e-mail address before the @ is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the e-mail address (after the @) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::Funnel</name>
    <message>
        <source>The funnel has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages have the same id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of stage &quot;%1&quot; is %2; it must be from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages &quot;%1&quot; and &quot;%2&quot; have the same order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs at least one stage in process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs exactly one success stage, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs exactly one failed stage, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::LeadInput</name>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the lead is a &quot;call&quot; or a &quot;form&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;call&quot; or &quot;form&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601, such as 2019-03-11T11:44:52Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 contains &quot;|&quot;, which separates the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;individual&quot; or &quot;legal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form needs a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brackets in the phone number do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets, dashes, dots and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too short: +7 must be followed by 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long: +7 must be followed by 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign phone number must have 8 to 15 digits after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 11-digit phone number must start with 7 or 8; write a foreign number with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too short: a Russian number has 10 digits after +7 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long: a Russian number has 10 digits after +7 or 8; write a foreign number with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Russian phone number cannot start with 0 after +7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::leads::StatusGroups</name>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status name cannot be empty or start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of &quot;not_counted&quot;, &quot;in_work&quot;, &quot;paid&quot;, &quot;cancelled&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS confirmation sent</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by SMS</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::Direction</name>
    <message>
        <source>Keep the English account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the math account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which %1 account to keep: exactly one of them must have lessons taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%Ln lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%Ln lesson taken) is lost.</numerusform>
            <numerusform>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%Ln lessons taken) is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%Ln lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%Ln lesson taken) is lost.</numerusform>
            <numerusform>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%Ln lessons taken) is lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::merge::Journal</name>
    <message>
        <source>The console stopped while this step was running. Retry it: it checks the CRM before acting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is not running; it cannot end now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::Model</name>
    <message>
        <source>English</source>
        <extracomment>Never shown alone: a modifier inside sentences such as &quot;Both %1 accounts have lessons&quot; or &quot;%1 lessons continue in account 12&quot; (Russian: genitive, «английского»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>math</source>
        <extracomment>Never shown alone: a modifier inside sentences such as &quot;Both %1 accounts have lessons&quot; or &quot;%1 lessons continue in account 12&quot; (Russian: genitive, «математики»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student should have exactly two English and two math accounts, but has %1 English and %2 math.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same account is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English account %1 is not linked to one of the student&apos;s math accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both English accounts are linked to the same math account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 accounts have lessons taken: %2 and %3. Only an empty account can take over another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 account has lessons taken (%2 and %3): there is no progress to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English %1 and math %2 both have lessons and are already linked: there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::PreChecks</name>
    <message>
        <source>Two unlinked pairs: one working and one empty account for each subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student has no accounts to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only KIDS accounts can be merged this way; not KIDS: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts belong to a KIDS student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which account is the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target account %1 already has %Ln lesson(s) taken; only an empty account can take over.</source>
        <translation>
            <numerusform>Target account %1 already has %Ln lesson taken; only an empty account can take over.</numerusform>
            <numerusform>Target account %1 already has %Ln lessons taken; only an empty account can take over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target account %1 has no lessons taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target account %1 already has request %2; it will be reused, no new request is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target account has no request yet; a new one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn the student that one account loses all its progress, then confirm it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was warned that one account loses its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other merge is running on these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own merge %1 is registered on these accounts; it will be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already merging these accounts. Wait until they finish, or ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is unknown; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not merge accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may merge accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::Preview</name>
    <message>
        <source>request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target already has %1; it is reused and no request is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new request, e-mail %1, phone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web alternative: use the login link of English account %1 and make sure the child &quot;%2&quot; is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old request has no intro lesson; there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro lesson in the timetable of methodist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, account %2, completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This runs first: once teacher lessons are scheduled, no methodist lesson can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro lesson report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task after the trial (for the student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task after the trial (for the teacher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no teacher: no teacher request and no letter are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to teacher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate (purple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request linked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid lessons of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price set of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price set or region of %1 differs from %2: prices depend on them. Fix them or confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest statuses of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was created when the student&apos;s KIDS accounts were merged: %1 lessons continue in account %2 instead of account %3. The original request is %4 (account %3); it is marked as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: the student&apos;s KIDS accounts were merged, and %1 lessons continue in account %2, %3. This request stays for its history only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1!

Your student %2 now studies in account %3 instead of account %4. It is the same child: their accounts were merged, and your schedule and the paid lessons moved with them. Please keep teaching as before.

Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old request has no statuses to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take student %1 in account %2 on the same schedule. It is the same child as in account %3: the student&apos;s KIDS accounts were merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your student %1 now studies in account %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::RequestStatus</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intro lesson scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intro lesson done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::merge::Steps</name>
    <message>
        <source>Create the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the intro lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the intro lesson report and trial tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cross-reference comments in both requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the schedule and the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the old request as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the paid lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the price set and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the latest statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More steps are recorded as finished than the merge has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; was recorded out of order: &quot;%2&quot; must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already done; it is never run twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot run yet: &quot;%2&quot; must finish first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsExport</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal history records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln funnel(s)</source>
        <translation>
            <numerusform>%Ln funnel</numerusform>
            <numerusform>%Ln funnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal history record(s)</source>
        <translation>
            <numerusform>%Ln deal history record</numerusform>
            <numerusform>%Ln deal history records</numerusform>
        </translation>
    </message>
    <message>
        <source>The funnels could not be read from the CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals could not be read from the CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 could not be read from the CRM: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is left out: its stage history cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service&apos;s limit of %1 calls a day is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service&apos;s limit of %1 calls a minute is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service asked to wait before the next call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln call(s) remain; they may go out in %2 (at %3). Start the export again then: it goes on where it stopped.</source>
        <translation>
            <numerusform>%1 %Ln call remains; they may go out in %2 (at %3). Start the export again then: it goes on where it stopped.</numerusform>
            <numerusform>%1 %Ln calls remain; they may go out in %2 (at %3). Start the export again then: it goes on where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 got no answer: %2 Start the export again to go on; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service&apos;s answer to call %1 is not the JSON-RPC answer expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 was refused. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsJournalStore</name>
    <message>
        <source>The local analytics export journal could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsPlan</name>
    <message>
        <source>Funnel %1 “%2” is left out, with its deals: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) of left-out funnels are not sent.</source>
        <translation>
            <numerusform>%Ln deal of left-out funnels are not sent.</numerusform>
            <numerusform>%Ln deals of left-out funnels are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history record(s) name a stage of another funnel and are not sent.</source>
        <translation>
            <numerusform>%Ln history record names a stage of another funnel and are not sent.</numerusform>
            <numerusform>%Ln history records name a stage of another funnel and are not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsRpc</name>
    <message>
        <source>The analytics service could not read the request as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service did not accept the request as a JSON-RPC 2.0 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service does not know the method; it may be a different service or version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service refused the data that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service refused the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service failed internally; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service refused the access token; check that it is valid for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service&apos;s call limit is used up; the export continues when it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (JSON-RPC error %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::AuditExport</name>
    <message>
        <source>The export could not be written to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::AuditRecorder</name>
    <message>
        <source>The CRM refused an audit event; it stays in the local journal and is offered again later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit event could neither be saved locally nor sent to the CRM, so it is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local audit journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit event could not be saved locally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</source>
        <translation>
            <numerusform>%Ln audit event was refused by the CRM. It is kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</numerusform>
            <numerusform>%Ln audit events were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ops::Deals</name>
    <message>
        <source>Someone changed this deal after you opened it, so it was not moved. It has been reloaded: look at its stage and amount again, then move it if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this deal after you opened it, so it was not moved, and reading it again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::Lead</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::LeadActions</name>
    <message>
        <source>This lead is a logged duplicate of an existing deal: it cannot be taken or worked on. Open that deal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has taken this lead: take it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has taken this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has taken this lead: only they or a team lead can work on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::LeadIntake</name>
    <message>
        <source>%1 “%2” was received already, as another lead: the CRM keeps the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was sent before with other data: the CRM keeps the first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was sent before with other data: the CRM keeps the first version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeCaseLoader</name>
    <message>
        <source>%1 %2 (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM&apos;s answer to %1 could not be read (%2). Report this to the CRM team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 of account %2 could not be read from the CRM: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 of the same student could not be read from the CRM: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 of account %2 could not be read from the CRM: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1 in the CRM. Check the account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 could not be read from the CRM: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeJournalStore</name>
    <message>
        <source>The local merge journal could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeLockLookup</name>
    <message>
        <source>%1 is already merging these accounts (operation %2). Wait until that merge is finished, or ask a team lead to abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeRun</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of account %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge %1 in this computer&apos;s journal for this CRM and user. If it was started on another computer, resume it there, or ask a team lead to abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge %1 is already closed; there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be registered on the CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another merge holds these accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These accounts were already merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM has closed this merge (finished or abandoned by a team lead): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be closed on the CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge&apos;s state could not be read from the CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead abandoned this merge on the CRM, so it stopped before “%1”. The steps done so far stay done; start a new merge if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeSteps</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the CRM while the step ran (%1): %2. Retry reads it again and continues from the new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old request has no intro lesson; there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no old request to copy reports from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no old request to refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source account has no teacher and no schedule; there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no old request to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source account has no paid lessons to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no old request to compare the price set with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price set and region match the old request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent confirmed the price set and region as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has price set “%2” and region “%3”, but the old request %4 has “%5” and “%6”. Prices depend on them: copy the old request&apos;s or keep these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old request has no price set or region to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old request has no statuses to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new request is not known: run “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::PartnerLineComment</name>
    <message>
        <source>Someone changed line %1 after you opened it, so your comment was not saved. The line has been reloaded: read its comment again, then change it if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed line %1 after you opened it, so your comment was not saved, and reading it again failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::PartnerOrders</name>
    <message>
        <source>%1 The order may or may not have been placed: send it again with the same operation id, and the CRM answers the first order instead of charging twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation id was already used for a different order (other lines, months or payment method). Place a new order with a new operation id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::SessionStart</name>
    <message>
        <source>Signed in, but the sign-in could not be recorded in the audit journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::SignIn</name>
    <message>
        <source>Enter the CRM address, for example https://crm.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address “%1” contains a space; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address must start with http:// or https://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid CRM address: check the host name and the port (a number from 1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address “%1” has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address “%1” must not contain a user name, “?” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CRM address: it needs http:// or https:// and a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM refused this token: it is wrong, expired or revoked. Ask for a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM answered with a user this console does not understand (field “%1”). Check that the address points to the school&apos;s CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty. Paste the access token your team lead gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses plain http://, which would send your access token unencrypted. Use https:// (plain http is only for a CRM on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ops::StudentSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM&apos;s answer to %1 could not be read (%2). Report this to the CRM team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::partner::PartnerRules</name>
    <message>
        <source>The reward can be withdrawn in rubles only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest withdrawal is %1; %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward balance is %1: less than the %2 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client joined through your referral link and has not granted you access to its cabinet. Send the client the instructions for granting access to an integrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has expired: renew it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Channels can be added only while at least %Ln day(s) are left; this line expires in %1. Renew it instead.</source>
        <translation>
            <numerusform>Channels can be added only while at least %Ln day are left; this line expires in %1. Renew it instead.</numerusform>
            <numerusform>Channels can be added only while at least %Ln days are left; this line expires in %1. Renew it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::partner::Pricing</name>
    <message>
        <source>The order is too large to price: split it into several payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price list has no price for the “%1” channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price list has no ChatCoins package “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Channels can be added only while at least %Ln day(s) are left before the line expires; %1 left. Renew the line instead.</source>
        <translation>
            <numerusform>Channels can be added only while at least %Ln day is left before the line expires; %1 left. Renew the line instead.</numerusform>
            <numerusform>Channels can be added only while at least %Ln days are left before the line expires; %1 left. Renew the line instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::partner::QuoteJson</name>
    <message>
        <source>Unknown field “%1”; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner_status must be one of: none, official, gold, technology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of channel counts, e.g. {&quot;whatsapp&quot;: 2, &quot;telegram&quot;: 1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel names are lower-case Latin letters, digits and “_” (whatsapp, telegram, max, …); “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of prices in kopecks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object: {&quot;channels&quot;: {…}, &quot;chatcoins&quot;: {…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines must be a non-empty list: [{&quot;count&quot;: 1, &quot;channels&quot;: {&quot;whatsapp&quot;: 1}}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with count and channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chatcoins_package must be a package id from the price list, or null.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::sandbox::Text</name>
    <message>
        <source>There is no such record. Check the id; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be JSON sent with Content-Type: application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is not one this server handed out. Start again from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit event&apos;s %1 is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor must be the id of the signed-in user (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox was told to fail this request (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource: %1. Check the path against the contract (api/crm.openapi.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed here. Allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in: send a valid token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait as long as Retry-After says, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this. Ask a team lead or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every POST needs an Idempotency-Key header (for example a UUID), reused when the same request is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route must be &quot;*&quot; or a served route such as &quot;GET /api/v1/me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture %1 must be a JSON object whose keys are table names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction to load the fixture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixture %1 was not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (fixtures may fill: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot; must be an array of row objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: a row must be a JSON object, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: the column is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: there is no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: expected %4, got %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: the database refused the row: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: it refers to a row of table &quot;%3&quot; that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (or true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such resource. Check the path against the contract (api/crm.openapi.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request. Use a new key for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee must be a user id, &quot;me&quot; or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country must be a two-letter ISO code such as RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id must be a partner client&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body names no field to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_duplicate must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the id of an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the request you read, so that no one else&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was changed by someone else since you read it. Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data, so the fixture %2 was not loaded; the existing data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the fixture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the CRM contract (api/crm.openapi.json) over a SQLite database, for development, demos and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file, or :memory: (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for a new, empty database: &quot;demo&quot; or a fixture JSON file (docs/fixture-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve /api/v1/_sandbox/faults (fault injection for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 429 to a token above N requests per second (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants host:port, such as 127.0.0.1:0; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db wants a file name or :memory:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fixture wants &quot;demo&quot; or an existing fixture file; &quot;%1&quot; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit wants a whole number of requests per second from 1 to 100000; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1, reachable from other machines; the demo tokens are public. Use 127.0.0.1 unless you need that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault needs at least one of latency_ms, status, drop_connection, drop_after_apply or malformed_body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop_after_apply serves the request and sends no answer, so it cannot be combined with status, drop_connection or malformed_body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve HTTP on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login links exist only for English accounts; a math account cannot get one. Use the linked English account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login links are switched off for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already merging these accounts (operation %2). Wait until that merge is finished or abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation_id must be 1 to 100 letters, digits or . _ : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the id of an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation %1 is already registered for other accounts. Use a new operation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target must be different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not a KIDS account: only KIDS accounts can be merged this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be the same student&apos;s account in the same subject as the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the merge you read, so that no one else&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was changed since you read it. Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge %1 is already %2 and cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed_steps must be a list of at most %1 different step ids such as &quot;move-intro-lesson&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: status, completed_steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate_of must be the id of an existing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request marked with duplicate_of gets the status duplicate; leave status out or send duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request marked with duplicate_of is a duplicate; leave is_duplicate out or send true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_id must be an account id (digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of a lesson. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_id must be the id of an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be intro: methodists give intro lessons only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts_at must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons with a teacher are already scheduled for account %1, so no lesson can be added for a methodist. Move the intro lesson before the schedule and the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the lesson you read, so that no one else&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was changed since you read it. Reload the timetable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The target account %1 is not empty: %Ln lesson(s) taken there. Only an empty account can receive a merge.</source>
        <translation>
            <numerusform>The target account %1 is not empty: %Ln lesson taken there. Only an empty account can receive a merge.</numerusform>
            <numerusform>The target account %1 is not empty: %Ln lessons taken there. Only an empty account can receive a merge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be text of 1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the schedule you read, so that no one else&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was changed since you read it. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no schedule to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slots must be a list of 1 to %1 lessons a week, each {&quot;weekday&quot;: 1-7, &quot;time&quot;: &quot;HH:MM&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday must be a whole number from 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time must be a time of day as HH:MM, e.g. 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_min must be a whole number of minutes from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats a lesson already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher_id must be the id of a teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid lessons move between two different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid lessons move only between accounts of the same student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has %2 paid lessons; %3 cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org (at most 254 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone must be a phone number of 10 to 15 digits, e.g. +7 499 123-45-67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child_name must be the child&apos;s name (1 to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not a KIDS account: requests are created here only for the children&apos;s product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child_name is not the child of account %1. Select the right child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 already has the open request %2. Put the information into it instead of creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must be a comment of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts %1 and %2 were already merged (operation %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a duplicate with duplicate_of, the request it duplicates; is_duplicate follows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a duplicate with duplicate_of, the request it duplicates; the status follows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is marked as a duplicate of another one; its status stays duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field here. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_id is required: the account whose merge lock to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is locked by a merge: %2 is merging it (operation %3), and until that merge is finished or abandoned only they can change it. Try again later, or ask a team lead to abandon the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a parameter here. Parameters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-empty string of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time written as YYYY-MM-DD HH:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of %2 to %3 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stage ext_id %2 is used twice in this funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the order %2 is used twice in this funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.field must be ext_id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.operator must be &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number of 5 to 15 digits, such as 79000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the contact %2 is twice in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact&apos;s ext_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sales funnel %1; create it with create.sales_funnel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales funnel %1 has no stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee %1; create it with create.deal_employees first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact %1; create it with create.deal_contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main_contact_ext_id %1 must be one of contact_ext_ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON-RPC 2.0 request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string, a number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;params&quot; must be an object or an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;. Methods: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params must be an object with named parameters, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch must hold 1 to %1 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params.access_token is missing or unknown. Send the token of a CRM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 calls a day is used up. Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 calls a minute is used up. Try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage_id must be a stage of the deal&apos;s funnel %1 (GET /api/v1/funnels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks from 0 to %1 (the total after discounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 has no call-tracking record: it did not come from a tracked call or site form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is taken by %2. Only they (or a team lead) can work on it; pick another lead from the free queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is a logged duplicate of an existing deal: it cannot be taken or worked on. Open that deal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is free: nobody has taken it. Take it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and administrators see every agent&apos;s leads. Use queue=free or queue=mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q must be 1 to %1 characters of text to search names, e-mails and phone numbers for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after must be a sequence number (digits), the last_seq of the previous answer, or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must be 1 to %1 characters, not only blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the client back: they called again from %1 (lead %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the client: they sent the site form again from %1 (lead %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client called again from %1 (lead %2); no new deal was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent the site form again from %1 (lead %2); no new deal was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no funnel for new deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel %1 has no in-process stage for new deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was received already as lead %3. Resend it with the same Idempotency-Key to get that answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook takes %1 leads only; leave type out or send &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be &quot;call&quot; or &quot;form&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates must be an object: by_phone, by_email, period_days, only_in_processing, action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status_groups must be an object mapping each CRM order status to not_counted, in_work, paid or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CRM order status. Statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the lead data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of what you read, so that no one else&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed by someone else since you read it. Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call limits of the analytics endpoint (POST /api/v1/analytics/rpc) per minute and per day (default 200/3500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the analytics endpoint&apos;s per-minute window in seconds (default 60; tests shorten it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the analytics endpoint&apos;s per-day window in seconds (default 86400; tests shorten it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--analytics-limits wants PER_MINUTE/PER_DAY, two whole numbers from 1 to 1000000 such as 200/3500; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a whole number of seconds from 1 to 10000000; got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send either advance_days (whole days forward) or now (an ISO 8601 time), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advance_days must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox clock only moves forward; it is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment must be text (an empty text clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment must be at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send either ids (the notifications to mark read) or &quot;all&quot;: true, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all must be true; to mark some notifications read, send their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids must list 1 to %1 notification ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of a notification (GET /api/v1/partner/notifications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no “%2” channel. Its channels: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment_method must be card or invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project must be text of at most %1 characters (empty: the client&apos;s project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no “%1” channel. Channels: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no channel: give at least one channel a count of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line holds at most %1 channels; this would make %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id must be the id of one of the partner&apos;s clients (GET /api/v1/partner/clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner client %1 (see GET /api/v1/partner/clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order buys at most %1 lines; this one asks for %2. Split it into several orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatCoins package “%1” does not say how many coins it holds (expected an id such as cc-1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_ids must list the ids of the lines to renew (1 to %1 of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a line id (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the NFR line: it is renewed free when a client paid in its last 2 months, never bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_id must be the id of the line to add channels to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the NFR line: it already has every channel and is not for sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be one of: buy, renew, add_channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid_at must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid_at is later than now (%1): a payment cannot be reported before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency must be given: RUB (the reward is paid out in rubles only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks, e.g. 500000 for 5 000 ₽.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted must be true (the client gave the partner access to its cabinet) or false (it withdrew it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new_lines must be an object: {&quot;months&quot;, &quot;lines&quot;, &quot;chatcoins_package&quot;}, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with_total must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order must be seq (the chain&apos;s order) or grouped (by operation, newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order=grouped pages by offset, not by cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order=seq pages by cursor, not by offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset must be a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity chart needs a range: from and to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity chart covers at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utc_offset_minutes must be a whole number from -720 to 840.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit retention is off: start the sandbox with --audit-retention-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit retention failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (2026-11-22) or a date and time with its zone (2026-11-22T09:30:00Z), and to must be after from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action must be an action id, or a prefix ending in &quot;.*&quot; such as merge.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit retention needs an archive directory (--audit-archive-dir) when the database is in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln audit event(s) to %1.</source>
        <translation>
            <numerusform>Archived %Ln audit event to %1.</numerusform>
            <numerusform>Archived %Ln audit events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive audit events received more than N days ago (default: keep them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where archived audit events go (default: DATABASE-audit-archive beside the database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audit-retention-days wants a whole number of days from 1 to 36500; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audit-archive-dir needs --audit-retention-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until_seq must be a whole number from 0: the as_of_seq of the listing&apos;s first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::secrets::TokenStore</name>
    <message>
        <source>The system keyring is not available: it is locked, or no keyring service is running. Unlock your keyring (or start your desktop&apos;s keyring service) and try again. Until then the token is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to store the token. Try again; if it keeps failing, the token is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not read the stored token. Sign in again with your token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not delete the stored token. Remove the entry &quot;operator-console&quot; in your keyring manager if it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this CRM. Sign in with your token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::storage</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Update the program or use another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AddChannelsDialog</name>
    <message numerus="yes">
        <source>%1 a month, about %2 for the %Ln day(s) left</source>
        <translation>
            <numerusform>%1 a month, about %2 for the %Ln day left</numerusform>
            <numerusform>%1 a month, about %2 for the %Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Add channels to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 (%3), expires on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left: added channels are paid for these days only, at the monthly price × days / 30. Paid channels cannot be removed.</source>
        <translation>
            <numerusform>%Ln day left: added channels are paid for these days only, at the monthly price × days / 30. Paid channels cannot be removed.</numerusform>
            <numerusform>%Ln days left: added channels are paid for these days only, at the monthly price × days / 30. Paid channels cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the channels to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also buy new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to attach the line to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to attach the line to (empty: stays in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lines for %1 paid together with the channels: the personal channels of both count for the volume discount; the period discount applies to the new lines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months or more: 10 % off the new lines; 12 months or more: 20 % off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat&amp;Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels in every new line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %1 × %2 at %3 a month each, for %Ln day(s)</source>
        <translation>
            <numerusform>+ %1 × %2 at %3 a month each, for %Ln day</numerusform>
            <numerusform>+ %1 × %2 at %3 a month each, for %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>no channels chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New lines for %1: %2 × (%3) for %Ln month(s)</source>
        <translation>
            <numerusform>New lines for %1: %2 × (%3) for %Ln month</numerusform>
            <numerusform>New lines for %1: %2 × (%3) for %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>ChatCoins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project of the line and the new lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project of the line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channels every new line has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AnalyticsExportView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has reset since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the funnels, employees, contacts and deal history to the analytics service, only what changed since the last export, within the service&apos;s limits. An interrupted export goes on where it stopped; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the analytics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every funnel, employee, contact and deal history record, not only what changed since the last export — for example after the analytics service lost what it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to send, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and admins export to analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the interrupted analytics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An earlier export was interrupted with %Ln call(s) left. Resume it to send them; nothing is sent twice.</source>
        <translation>
            <numerusform>An earlier export was interrupted with %Ln call left. Resume it to send it; nothing is sent twice.</numerusform>
            <numerusform>An earlier export was interrupted with %Ln calls left. Resume it to send them; nothing is sent twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted export goes on first; after it, everything can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Going on with the interrupted export: %Ln call(s) left.</source>
        <translation>
            <numerusform>Going on with the interrupted export: %Ln call left.</numerusform>
            <numerusform>Going on with the interrupted export: %Ln calls left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) unchanged since the last export are not sent again.</source>
        <translation>
            <numerusform>%Ln item unchanged since the last export is not sent again.</numerusform>
            <numerusform>%Ln items unchanged since the last export are not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) sent</source>
        <translation>
            <numerusform>%1 of %Ln call sent</numerusform>
            <numerusform>%1 of %Ln calls sent</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) left, %2</source>
        <translation>
            <numerusform>%1 of %Ln call left, %2</numerusform>
            <numerusform>%1 of %Ln calls left, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 this minute, %2 today (reported %3 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the export runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the service&apos;s first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wait for the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the minute&apos;s limit to reset: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the day&apos;s limit to reset: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting as the analytics service asked: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused for the minute&apos;s limit: it may go on in %1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused for the day&apos;s limit: it may go on in %1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused as the analytics service asked: it may go on in %1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to send: the analytics service has everything as it is in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %Ln call(s) sent %1.</source>
        <translation>
            <numerusform>Export finished: %Ln call sent %1.</numerusform>
            <numerusform>Export finished: %Ln calls sent %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the paused analytics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the analytics export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the analytics service lost what earlier exports sent, tick “Send everything again” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditActivityChart</name>
    <message>
        <source>Events per day and agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln event</numerusform>
            <numerusform>%1, %2: %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1. %2. The busiest day: %3 with %4.</source>
        <translation>
            <numerusform>%Ln event from %1. %2. The busiest day: %3 with %4.</numerusform>
            <numerusform>%Ln events from %1. %2. The busiest day: %3 with %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s)</source>
        <translation>
            <numerusform>%1: %Ln event</numerusform>
            <numerusform>%1: %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>No events in these days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditDetailsPane</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this &amp;operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event recorded no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the same operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this operation&apos;s events in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a single event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this operation: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation&apos;s events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this operation: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Events of this operation: %Ln</source>
        <translation>
            <numerusform>Events of this operation: %Ln</numerusform>
            <numerusform>Events of this operation: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditExportPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the events that match the filters to a file: CSV for Excel, or JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditFilterBar</name>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action, or every action of a kind: &quot;merge.*&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events about this account, request, lead… (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of these days (local time); off: any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events whose agent, action, entity, message or values contain this text (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one operation; click to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of operation %1. Click to show every operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least %1 characters to search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditLogModel</name>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same operation as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditLogPage</name>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change an agent makes is recorded in the CRM&apos;s audit log, each event sealed with the hash of the one before it. Verify the log to make sure no event was changed, deleted or moved since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the whole log from the CRM and checks every event&apos;s hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log and checking its chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is broken at event %1 (%2). %3 The %Ln event(s) before it are intact.</source>
        <translation>
            <numerusform>The log is broken at event %1 (%2). %3 The %Ln event before it is intact.</numerusform>
            <numerusform>The log is broken at event %1 (%2). %3 The %Ln events before it are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln event(s) checked, none changed, deleted or moved.</source>
        <translation>
            <numerusform>The log is intact: %Ln event checked, none changed, deleted or moved.</numerusform>
            <numerusform>The log is intact: %Ln events checked, none changed, deleted or moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per day and agent, %1 – %2 (local days)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the last %1 days of the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and admins can read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln event(s) after event %1 (the last one archived) checked, none changed, deleted or moved.</source>
        <translation>
            <numerusform>The log is intact: %Ln event after event %1 (the last one archived) checked, none changed, deleted or moved.</numerusform>
            <numerusform>The log is intact: %Ln events after event %1 (the last one archived) checked, none changed, deleted or moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::BuyLinesDialog</name>
    <message>
        <source>%1 ChatCoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice to the partner&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), paid by you with your partner discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months or more: 10 % off; 12 months or more: 20 % off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatCoins package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ChatCoins package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clients who use the AI assistant; not discounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project the new lines belong to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels in every line; personal channels (WhatsApp, Telegram, MAX) of the whole payment count for the volume discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat&amp;Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channels every line has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::ChannelCountsEditor</name>
    <message>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsoleStatusBar</name>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox CRM: training data, nothing here is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory for this session only: you will be asked to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) refused</source>
        <translation>
            <numerusform>%Ln audit event refused</numerusform>
            <numerusform>%Ln audit events refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::DealDialog</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amount in roubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount, ₽:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter roubles with at most two decimals, e.g. 12 345,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the deal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the funnels, so the deal cannot be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s funnel %1 is not among the CRM&apos;s funnels, so the deal cannot be moved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal skipped this stage; the entry was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (won: finishes the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lost: cancels the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::DirectionStep</name>
    <message>
        <source>Ask the student which pair of accounts to keep. The other subject&apos;s working account moves into the kept pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible for these accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::FindStep</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the student by an account id, phone, e-mail or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id, phone, e-mail or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11, +7 499 123-45-67, name@example.org, Кузнецов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the student whose accounts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account id, phone, e-mail or name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches “%1”. Check the spelling, or search by phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not KIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 students match; only the first %1 are listed. Type more to narrow the search. Pick the student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) match. Pick the student:</source>
        <translation>
            <numerusform>%Ln student matches. Pick the student:</numerusform>
            <numerusform>%Ln students match. Pick the student:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no accounts in the CRM; there is nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading account %1 and the student&apos;s other accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (student %2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 is not a KIDS student. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ These accounts are not the two pairs this merge is for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two unlinked pairs: one working and one empty account for each subject. Go on to choose which pair the student keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pairs, English ↔ math</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::FunnelChart</name>
    <message>
        <source>Funnel chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s), %2</source>
        <translation>
            <numerusform>%1: %Ln deal, %2</numerusform>
            <numerusform>%1: %Ln deals, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::FunnelView</name>
    <message>
        <source>F&amp;unnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the funnels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the funnels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM has no funnels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the funnel “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the funnel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all: %Ln deal(s), %1</source>
        <translation>
            <numerusform>In all: %Ln deal, %1</numerusform>
            <numerusform>In all: %Ln deals, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::InterfaceLanguageSection</name>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the console now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes after the console restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::InterruptedMergesPanel</name>
    <message>
        <source>Interrupted merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the chosen merge at its first unfinished step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of interrupted merges could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the merge on the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadActionBar</name>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected free lead: it becomes yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lead back to the free queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lead&apos;s comments and add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the lead&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work, success or failure: for leads you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking lead %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing lead %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is back in the free queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting lead %1 to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed meanwhile and is shown as it is now. Set the status again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is “%2” now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added to lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lead&apos;s deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the deal&apos;s stage history and move it to another stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadCommentDialog</name>
    <message>
        <source>Comments on lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadNotifier</name>
    <message>
        <source>Operator Console: new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln new lead</numerusform>
            <numerusform>%Ln new leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadQueueView</name>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free leads right now. New ones appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no leads. Take one from Free leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadRulesForm</name>
    <message>
        <source>With the same &amp;phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the same &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deals still in p&amp;rocessing count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;task in the existing deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a c&amp;omment in the existing deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not create a new deal when an open deal matches the lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals created within this many days count; 0 means the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count deals of the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deals still in processing count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed deals (paid or cancelled) are not duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a duplicate lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadSettingsSection</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead settings state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the lead settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the lead settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the lead settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New leads follow these rules now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the lead settings meanwhile, so yours were not saved. Their settings are shown now; make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and admins may change the lead settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadsPage</name>
    <message>
        <source>Lead queues: free leads, my leads, take, release and comment. Waiting for sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a lead taken by phone or by mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications of new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce new free leads with a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no notification area: new free leads make the console&apos;s taskbar entry ask for attention instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads and changes appear by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 is in “%2” now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadsUi</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::MainWindow</name>
    <message>
        <source>Operator Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between sections; Ctrl+1 to Ctrl+5 jump to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::MergePage</name>
    <message>
        <source>Merges KIDS math and English accounts of one student. Waiting for sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::MergeUi</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Math</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::MergeWizard</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the merge on the CRM and run its steps in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local merge journal could not be opened, so no merge can run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local merge journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8 499 765-43-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cpc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the UTM fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTM and Google client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone or an e-mail: the CRM is asked whether the lead is a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the UTM fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: deal %1 of %2, still open, has this e-mail. Creating the lead adds a comment or a task to that deal instead of a new deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: deal %1 of %2, still open, has this phone number. Creating the lead adds a comment or a task to that deal instead of a new deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate. The existing client %1 gets a new order and deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate. A new client, order and deal will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM refused the lead; see the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is a duplicate of deal %2: a task was added to that deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is a duplicate of deal %2: a comment was added to that deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 created: deal %2 for the existing client %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 created: deal %2 for a new client %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::NotificationBell</name>
    <message>
        <source>Mark all as &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line and channel notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark them read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 expires within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 (%4) · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %Ln unread</source>
        <translation>
            <numerusform>Notifications, %Ln unread</numerusform>
            <numerusform>Notifications, %Ln unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s) about lines and channels.</source>
        <translation>
            <numerusform>%Ln unread notification about lines and channels.</numerusform>
            <numerusform>%Ln unread notifications about lines and channels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line and channel notifications: none unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::Pages</name>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLineListView</name>
    <message>
        <source>Comment; Enter saves, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the client&apos;s &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the countries of your clients are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines by status, counted from the CRM&apos;s today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: client ID, e-mail, organisation, project, line, comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all lines of the current line&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every line the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all lines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all lines of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln line(s)</source>
        <translation>
            <numerusform>%1 of %Ln line</numerusform>
            <numerusform>%1 of %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) selected.</source>
        <translation>
            <numerusform>%Ln line selected.</numerusform>
            <numerusform>%Ln lines selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lines ticked: actions use the current line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all lines of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line of the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select the %Ln line(s) the filters show, on every page.</source>
        <translation>
            <numerusform>Select the %Ln line the filters show, on every page.</numerusform>
            <numerusform>Select the %Ln lines the filters show, on every page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLineTableModel</name>
    <message>
        <source>This line has no channels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select line %1 for renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln day(s).</source>
        <translation>
            <numerusform>Expires in %Ln day.</numerusform>
            <numerusform>Expires in %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln day(s) ago.</source>
        <translation>
            <numerusform>Expired %Ln day ago.</numerusform>
            <numerusform>Expired %Ln days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NFR line (free demo line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s), %1 disconnected</source>
        <translation>
            <numerusform>%Ln channel, %1 disconnected</numerusform>
            <numerusform>%Ln channels, %1 disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln channel</numerusform>
            <numerusform>%Ln channels</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (NFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick lines to renew them together; the context menu ticks a client&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels in the line; point at a number to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatCoins and WhatsApp Business API packages left on the client&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note; double-click to edit, Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatCoins / WABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLinesPage</name>
    <message>
        <source>Your clients&apos; lines: buy, renew and add channels with every discount shown. Waiting for sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as c&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the partner profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · today %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR line %1 until %2, renewed free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFR line %1 until %2, not renewed unless a client pays an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the price list and your partner status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price list or your partner status could not be loaded: press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line of the client to buy lines for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy new lines for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the lines to renew: tick them, or click one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFR line is renewed free by the platform; it cannot be bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renew %Ln selected line(s).</source>
        <translation>
            <numerusform>Renew %Ln selected line.</numerusform>
            <numerusform>Renew %Ln selected lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the line to add channels to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add channels to %1, paid for the %Ln day(s) left.</source>
        <translation>
            <numerusform>Add channels to %1, paid for the %Ln day left.</numerusform>
            <numerusform>Add channels to %1, paid for the %Ln days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line of the client whose cabinet to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM does not list this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the list of clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cabinet of %1 (%2) as the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead or an admin may withdraw the reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the partner profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward balance is %1: withdrawals start at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform to pay the reward out, in rubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of %1 requested; %2 of reward left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment saved on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The line was reloaded; your comment “%2” was not saved: edit it again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) bought</source>
        <translation>
            <numerusform>%Ln line bought</numerusform>
            <numerusform>%Ln lines bought</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) renewed</source>
        <translation>
            <numerusform>%Ln line renewed</numerusform>
            <numerusform>%Ln lines renewed</numerusform>
        </translation>
    </message>
    <message>
        <source>channels added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 paid: %2, %3 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the cabinet of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the cabinet of %1 in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be started. Open this link to enter the cabinet of %1 before %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerOrderDialog</name>
    <message>
        <source>&amp;Confirm and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the order to the CRM and pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerUi</name>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires ≤ 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires ≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 8 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner without status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PreChecksStep</name>
    <message>
        <source>Two pairs of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIDS student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target account is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other merge is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was &amp;warned that one account loses its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was warned that one account loses its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the merge cannot start without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the CRM again whether another merge holds these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the CRM whether another merge holds account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM could not be asked whether another merge holds these accounts: %1 Press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::PreviewStep</name>
    <message>
        <source>What the merge will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step in order, with the values before and after and every text it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3. This is what the merge will do, step by step, in this order. Nothing has changed yet: the button below begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your merge %1 is already registered on these accounts: it is resumed where it stopped instead of starting again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::QuoteBreakdownView</name>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without discounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Volume discount %1 % (%Ln personal channel(s)):</source>
        <translation>
            <numerusform>Volume discount %1 % (%Ln personal channel):</numerusform>
            <numerusform>Volume discount %1 % (%Ln personal channels):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period discount %1 % (%Ln month(s)):</source>
        <translation>
            <numerusform>Period discount %1 % (%Ln month):</numerusform>
            <numerusform>Period discount %1 % (%Ln months):</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner discount %1 % (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::RenewDialog</name>
    <message numerus="yes">
        <source>Renew %Ln line(s)</source>
        <translation>
            <numerusform>Renew %Ln line</numerusform>
            <numerusform>Renew %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of %1, paid as one payment.</source>
        <translation>
            <numerusform>%Ln line of %1, paid as one payment.</numerusform>
            <numerusform>%Ln lines of %1, paid as one payment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1. The NFR line is renewed free by the platform when a client paid an invoice in its last 2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 — expires %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months or more: 10 % off; 12 months or more: 20 % off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line will expire on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each line runs %Ln more month(s) from its expiry, or from today when it has expired.</source>
        <translation>
            <numerusform>Each line runs %Ln more month from its expiry, or from today when it has expired.</numerusform>
            <numerusform>Each line runs %Ln more months from its expiry, or from today when it has expired.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line to renew: NFR lines are renewed by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::RunStep</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the old request&apos;s price set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed part again; the finished steps are not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the old request&apos;s price set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the merge on the CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped at “%1”; the reason is shown under the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix the cause if you can, then press Retry: the steps already done are not repeated. Or leave it and resume it later from the Merge page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the old request&apos;s price set and region to the new request, or keep them as they are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Copy the old request&apos;s price set and region to the new request, or keep them as they are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the merge on the CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::SettingsPage</name>
    <message>
        <source>The lead rules a team lead may change appear here after sign-in. Waiting for sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leads and admins set how duplicate leads are handled and how order statuses count in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo the changes to the lead rules first: a restart would lose them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::SignInDialog</name>
    <message>
        <source>Sign in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://crm.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team lead gives you the access token. It is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token your team lead gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::StartupController</name>
    <message>
        <source>Starting the sandbox CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox CRM could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox refused the demo agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in was not accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not complete:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::StatusGroupBoard</name>
    <message>
        <source>Sort the CRM&apos;s statuses into the groups the lead reports count: drag a status from one group to another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::StatusGroupList</name>
    <message>
        <source>Drag statuses here from another group, or use the context menu to move the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::StepPreviewView</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::SummaryStep</name>
    <message>
        <source>Login link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find this merge in the audit log by this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the merge wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the merge wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ui::WithdrawDialog</name>
    <message>
        <source>Withdraw the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward balance: %1. Withdrawals are paid in rubles, %2 at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in rubles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform to pay this amount out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting the withdrawal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
