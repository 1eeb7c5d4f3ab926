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
        <source>The CRM is receiving too many requests. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>The CRM is receiving too many requests. Wait %n second, then try again.</numerusform>
            <numerusform>The CRM is receiving too many requests. Wait %n seconds, then try again.</numerusform>
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
        <source>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%n lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%n lesson taken) is lost.</numerusform>
            <numerusform>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%n lessons taken) is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%n lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%n lesson taken) is lost.</numerusform>
            <numerusform>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%n lessons taken) is lost.</numerusform>
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
        <source>Target account %1 already has %n lesson(s) taken; only an empty account can take over.</source>
        <translation>
            <numerusform>Target account %1 already has %n lesson taken; only an empty account can take over.</numerusform>
            <numerusform>Target account %1 already has %n lessons taken; only an empty account can take over.</numerusform>
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
        <source>%n audit event(s) were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</source>
        <translation>
            <numerusform>%n audit event was refused by the CRM. It is kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</numerusform>
            <numerusform>%n audit events were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</numerusform>
        </translation>
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
        <source>The target account %1 is not empty: %n lesson(s) taken there. Only an empty account can receive a merge.</source>
        <translation>
            <numerusform>The target account %1 is not empty: %n lesson taken there. Only an empty account can receive a merge.</numerusform>
            <numerusform>The target account %1 is not empty: %n lessons taken there. Only an empty account can receive a merge.</numerusform>
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
    <name>opc::ui::AuditLogPage</name>
    <message>
        <source>The audit log will live here: what every agent did, when, and to which accounts, for team leads to review.</source>
        <translation type="unfinished"></translation>
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
        <source>%n audit event(s) refused</source>
        <translation>
            <numerusform>%n audit event refused</numerusform>
            <numerusform>%n audit events refused</numerusform>
        </translation>
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
        <source>%n student(s) match. Pick the student:</source>
        <translation>
            <numerusform>%n student matches. Pick the student:</numerusform>
            <numerusform>%n students match. Pick the student:</numerusform>
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
    <name>opc::ui::LeadsPage</name>
    <message>
        <source>Lead queues will live here: free leads and my leads, duplicate checks, take, release and comment.</source>
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
    <name>opc::ui::PartnerLinesPage</name>
    <message>
        <source>Partner lines will live here: the client lines list with filters, buying, renewing and adding channels with every discount shown.</source>
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
        <source>Settings will live here: interface language, the CRM address and the lead rules a team lead may switch.</source>
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
</TS>
