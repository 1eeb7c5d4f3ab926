<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>main</name>
    <message>
        <source>Operator Console</source>
        <translation>Консоль оператора</translation>
    </message>
    <message>
        <source>Operator Console for the customer-care team.</source>
        <translation>Консоль оператора для службы заботы.</translation>
    </message>
    <message>
        <source>Sign in to the CRM at &lt;url&gt;.</source>
        <translation>Войти в CRM по адресу &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox CRM, signed in as the demo agent.</source>
        <translation>Работать со встроенной CRM-песочницей от имени демо-оператора.</translation>
    </message>
    <message>
        <source>Sandbox database file (or :memory:).</source>
        <translation>Файл базы данных песочницы (или :memory:).</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has been painted.</source>
        <translation>Завершить работу сразу после отрисовки главного окна.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>лишний аргумент: %1</translation>
    </message>
    <message>
        <source>--sandbox-db needs --sandbox</source>
        <translation>--sandbox-db работает только вместе с --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-db needs a path</source>
        <translation>--sandbox-db: не указан путь</translation>
    </message>
    <message>
        <source>--crm and --sandbox exclude each other</source>
        <translation>--crm и --sandbox нельзя указывать вместе</translation>
    </message>
    <message>
        <source>--crm: %1</source>
        <translation>--crm: %1</translation>
    </message>
    <message>
        <source>Exit as soon as the console has signed in (benchmarks measure a working session with it).</source>
        <translation>Завершить работу сразу после входа в CRM (так бенчмарки замеряют рабочий сеанс).</translation>
    </message>
    <message>
        <source>--smoke and --smoke-signed-in exclude each other</source>
        <translation>--smoke и --smoke-signed-in нельзя указывать вместе</translation>
    </message>
    <message>
        <source>the smoke run did not finish within %1 s</source>
        <translation>проверочный запуск не завершился за %1 с</translation>
    </message>
    <message>
        <source>there is no display to show the console on. Run it under a virtual display (xvfb-run -a operator-console …) or without a window (QT_QPA_PLATFORM=offscreen operator-console …).</source>
        <translation>нет экрана, на котором можно показать консоль. Запустите её на виртуальном экране (xvfb-run -a operator-console …) или без окна (QT_QPA_PLATFORM=offscreen operator-console …).</translation>
    </message>
    <message>
        <source>the console could not start again; start it the usual way.</source>
        <translation>не удалось перезапустить консоль; запустите её как обычно.</translation>
    </message>
    <message>
        <source>The console could not start again. Start it the usual way: the language you chose is saved.</source>
        <translation>Не удалось перезапустить консоль. Запустите её как обычно: выбранный язык сохранён.</translation>
    </message>
</context>
<context>
    <name>opc::AuditChainVerifier</name>
    <message>
        <source>It has no sequence number.</source>
        <translation>У него нет порядкового номера.</translation>
    </message>
    <message>
        <source>It follows event %1 but is numbered %2: events are missing or out of order.</source>
        <translation>Оно идёт после события %1, но имеет номер %2: события пропущены или переставлены.</translation>
    </message>
    <message>
        <source>It does not start the chain: the log before it was changed.</source>
        <translation>Оно не начинает цепочку: журнал до него был изменён.</translation>
    </message>
    <message>
        <source>It does not follow event %1 in the chain: an event between them was deleted, or the events were reordered.</source>
        <translation>В цепочке оно не следует за событием %1: событие между ними удалено или события переставлены.</translation>
    </message>
    <message>
        <source>Its content does not match its hash: the event was changed after it was stored.</source>
        <translation>Его содержимое не совпадает с хешем: событие изменили после сохранения.</translation>
    </message>
    <message>
        <source>The log starts at event %1 instead of event %2: the events before it are missing.</source>
        <translation>Журнал начинается с события %1, а не с события %2: предшествующие события отсутствуют.</translation>
    </message>
</context>
<context>
    <name>opc::Role</name>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>opc::cli::AnalyticsCommand</name>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>limits: %1 of %2 calls left this minute, %3 of %4 today</source>
        <translation>лимиты: в эту минуту осталось %1 из %2 запросов, сегодня — %3 из %4</translation>
    </message>
    <message>
        <source>Analytics: “analytics export” sends the funnels, employees, contacts and deal history to the analytics service within its limits; an interrupted export goes on where it stopped.</source>
        <translation>Аналитика: «analytics export» отправляет воронки, сотрудников, контакты и историю сделок в сервис аналитики в пределах его лимитов; прерванная выгрузка продолжается с того места, где остановилась.</translation>
    </message>
    <message>
        <source>Send everything again, not only what changed since the last export.</source>
        <translation>Отправить всё заново, а не только то, что изменилось с прошлой выгрузки.</translation>
    </message>
    <message>
        <source>Contacts and deal history records per call (1 to %1, default 100).</source>
        <translation>Сколько контактов и записей истории сделок отправлять в одном запросе (от 1 до %1, по умолчанию 100).</translation>
    </message>
    <message>
        <source>The longest wait for the limits, in seconds (default %1); a longer one (the day&apos;s limit) stops the export, to be run again later.</source>
        <translation>Максимальное время ожидания лимитов в секундах (по умолчанию %1); если ждать нужно дольше (лимит в сутки), выгрузка останавливается — её нужно будет запустить снова позже.</translation>
    </message>
    <message>
        <source>Say what to do: operator-cli analytics export.</source>
        <translation>Укажите действие: operator-cli analytics export.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>Параметр --%1 должен быть целым числом от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>Going on with the interrupted export %1: %2 of %3 calls left.</source>
        <translation>Продолжается прерванная выгрузка %1: осталось %2 из %3 запросов.</translation>
    </message>
    <message numerus="yes">
        <source>Read from the CRM: %1, %2, %3, %Ln deal(s) with %4 (%5 generated for skipped stages).</source>
        <translation>
            <numerusform>Прочитано из CRM: %1, %2, %3, %Ln сделка и %4 (из них для пропущенных этапов создано: %5).</numerusform>
            <numerusform>Прочитано из CRM: %1, %2, %3, %Ln сделки и %4 (из них для пропущенных этапов создано: %5).</numerusform>
            <numerusform>Прочитано из CRM: %1, %2, %3, %Ln сделок и %4 (из них для пропущенных этапов создано: %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) unchanged since the last export are not sent again.</source>
        <translation>
            <numerusform>%Ln объект не изменился с прошлой выгрузки и повторно не отправляется.</numerusform>
            <numerusform>%Ln объекта не изменились с прошлой выгрузки и повторно не отправляются.</numerusform>
            <numerusform>%Ln объектов не изменились с прошлой выгрузки и повторно не отправляются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To send in %Ln call(s): %1.</source>
        <translation>
            <numerusform>Будет отправлено за %Ln запрос: %1.</numerusform>
            <numerusform>Будет отправлено за %Ln запроса: %1.</numerusform>
            <numerusform>Будет отправлено за %Ln запросов: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] sent; left: %Ln call(s) (%3)</source>
        <translation>
            <numerusform>[%1/%2] отправлен; остался %Ln запрос (%3)</numerusform>
            <numerusform>[%1/%2] отправлен; осталось %Ln запроса (%3)</numerusform>
            <numerusform>[%1/%2] отправлен; осталось %Ln запросов (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>; about %1 s to go</source>
        <translation>; осталось около %1 с</translation>
    </message>
    <message>
        <source>Waiting %1 s for the day&apos;s limit to reset.</source>
        <translation>Ожидание %1 с, пока не обновится лимит в сутки.</translation>
    </message>
    <message>
        <source>Waiting %1 s for the minute&apos;s limit to reset.</source>
        <translation>Ожидание %1 с, пока не обновится лимит в минуту.</translation>
    </message>
    <message>
        <source>Waiting %1 s, as the analytics service asked.</source>
        <translation>Ожидание %1 с по просьбе сервиса аналитики.</translation>
    </message>
    <message>
        <source>Nothing new to send: the analytics service has everything as it is in the CRM.</source>
        <translation>Отправлять нечего: данные в сервисе аналитики совпадают с CRM.</translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %Ln call(s) sent %1.</source>
        <translation>
            <numerusform>Выгрузка завершена, за %Ln запрос отправлено: %1.</numerusform>
            <numerusform>Выгрузка завершена, за %Ln запроса отправлено: %1.</numerusform>
            <numerusform>Выгрузка завершена, за %Ln запросов отправлено: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the analytics service lost what earlier exports sent, send everything again with --full.</source>
        <translation>Если сервис аналитики потерял данные прошлых выгрузок, отправьте всё заново с параметром --full.</translation>
    </message>
</context>
<context>
    <name>opc::cli::AuditCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln event(s) checked.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверено %Ln событие.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln события.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is broken at event %1 (%2): %3 %Ln event(s) before it are intact.</source>
        <translation>
            <numerusform>Журнал аудита нарушен на событии %1 (%2): %3 %Ln событие до него не изменено.</numerusform>
            <numerusform>Журнал аудита нарушен на событии %1 (%2): %3 %Ln события до него не изменены.</numerusform>
            <numerusform>Журнал аудита нарушен на событии %1 (%2): %3 %Ln событий до него не изменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is too long: at most %2 characters.</source>
        <translation>Значение параметра --%1 слишком длинное: допускается не более %2 символов.</translation>
    </message>
    <message>
        <source>--action must be an action id (e.g. lead.take) or a prefix ending in “.*” (e.g. merge.*), not “%1”.</source>
        <translation>Параметр --action должен содержать идентификатор действия (например, lead.take) или префикс, оканчивающийся на «.*» (например, merge.*), а не «%1».</translation>
    </message>
    <message>
        <source>The filter is not valid (%1).</source>
        <translation>Фильтр задан некорректно (%1).</translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD, a day on this computer&apos;s clock) or a date and time with its zone (e.g. 2026-11-20T09:30:00Z or 2026-11-20T12:30:00+03:00), not “%2”.</source>
        <translation>Параметр --%1 должен содержать дату (YYYY-MM-DD — день по часам этого компьютера) или дату и время с часовым поясом (например, 2026-11-20T09:30:00Z или 2026-11-20T12:30:00+03:00), а не «%2».</translation>
    </message>
    <message>
        <source>--to (%1) must be after --from (%2).</source>
        <translation>Значение --to (%1) должно быть позже значения --from (%2).</translation>
    </message>
    <message>
        <source>The audit log: “audit verify” checks its hash chain and names the first event that was changed, deleted or moved; “audit export --format csv|jsonl” writes the events.</source>
        <translation>Журнал аудита: «audit verify» проверяет цепочку хешей и указывает первое событие, которое было изменено, удалено или переставлено; «audit export --format csv|jsonl» выгружает события.</translation>
    </message>
    <message>
        <source>audit export: csv (UTF-8 with a byte-order mark, for Excel) or jsonl (one JSON object per line).</source>
        <translation>audit export: csv (UTF-8 с меткой порядка байтов (BOM), для Excel) или jsonl (по одному JSON-объекту в строке).</translation>
    </message>
    <message>
        <source>audit export: the file to write (replaced only once the export is complete); standard output without it.</source>
        <translation>audit export: файл для записи (заменяется только после завершения выгрузки); если не указан — стандартный вывод.</translation>
    </message>
    <message>
        <source>audit export: only this user&apos;s events (user id).</source>
        <translation>audit export: только события этого пользователя (id пользователя).</translation>
    </message>
    <message>
        <source>audit export: only this action, or a prefix such as merge.*.</source>
        <translation>audit export: только это действие или действия с префиксом, например merge.*.</translation>
    </message>
    <message>
        <source>audit export: only events about this entity id.</source>
        <translation>audit export: только события, относящиеся к объекту с этим id.</translation>
    </message>
    <message>
        <source>audit export: only the events of this operation id.</source>
        <translation>audit export: только события операции с этим идентификатором.</translation>
    </message>
    <message>
        <source>audit export: events from this local day (YYYY-MM-DD) or instant (with Z or an offset) on.</source>
        <translation>audit export: события начиная с указанного дня по местному времени (YYYY-MM-DD) или момента (с Z или смещением от UTC).</translation>
    </message>
    <message>
        <source>audit export: events up to this local day, included, or before this instant.</source>
        <translation>audit export: события по указанный день по местному времени включительно или до указанного момента.</translation>
    </message>
    <message>
        <source>audit export: only events whose text contains this (any case).</source>
        <translation>audit export: только события, текст которых содержит эту строку (без учёта регистра).</translation>
    </message>
    <message>
        <source>“audit” needs what to do: “audit verify” or “audit export --format csv|jsonl”.</source>
        <translation>Укажите действие для «audit»: «audit verify» или «audit export --format csv|jsonl».</translation>
    </message>
    <message>
        <source>Unknown “audit %1”: use “audit verify” or “audit export”.</source>
        <translation>Неизвестная команда «audit %1»: используйте «audit verify» или «audit export».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “audit verify”.</source>
        <translation>Параметр --%1 не используется с командой «audit verify».</translation>
    </message>
    <message>
        <source>“audit export” needs --format csv or --format jsonl.</source>
        <translation>Для «audit export» нужен параметр --format csv или --format jsonl.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl, not “%1”.</source>
        <translation>Параметр --format должен иметь значение csv или jsonl, а не «%1».</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>В параметре --output не указано имя файла.</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>Событий: %1 из %2</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>Событий: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported.</source>
        <translation>
            <numerusform>Выгружено %Ln событие.</numerusform>
            <numerusform>Выгружено %Ln события.</numerusform>
            <numerusform>Выгружено %Ln событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported to “%1”.</source>
        <translation>
            <numerusform>Выгружено %Ln событие в файл «%1».</numerusform>
            <numerusform>Выгружено %Ln события в файл «%1».</numerusform>
            <numerusform>Выгружено %Ln событий в файл «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln event(s) checked after event %1, the last one archived.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверено %Ln событие после события %1 — последнего из перенесённых в архив.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln события после события %1 — последнего из перенесённых в архив.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln событий после события %1 — последнего из перенесённых в архив.</numerusform>
        </translation>
    </message>
    <message>
        <source>--text needs at least %1 characters: shorter text matches nearly every event.</source>
        <translation>Для --text нужно не меньше %1 символов: более короткий текст найдётся почти в каждом событии.</translation>
    </message>
    <message>
        <source>Cannot read the archive “%1”: %2</source>
        <translation>Не удалось прочитать архив «%1»: %2</translation>
    </message>
    <message>
        <source>The archive “%1” is damaged at line %2: it is not a stored audit event.</source>
        <translation>Архив «%1» повреждён в строке %2: это не сохранённое событие журнала аудита.</translation>
    </message>
    <message>
        <source>audit verify: a retention archive to check first (audit-FIRST-LAST.jsonl; repeat it, oldest first); the archives must end where the log&apos;s anchor says.</source>
        <translation>audit verify: архив журнала, который проверяется первым (audit-ПЕРВОЕ-ПОСЛЕДНЕЕ.jsonl; можно указать несколько, начиная со старого); архивы должны заканчиваться там, где указывает якорь журнала.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “audit export”.</source>
        <translation>Параметр --%1 не относится к «audit export».</translation>
    </message>
    <message>
        <source>The archive “%1” is broken at event %2 (%3): %4</source>
        <translation>Архив «%1» нарушен на событии %2 (%3): %4</translation>
    </message>
    <message>
        <source>The archives end at event %1, but the log continues after event %2 with another hash: archived events are missing, or the log&apos;s anchor was changed.</source>
        <translation>Архивы заканчиваются событием %1, а журнал продолжается после события %2 с другим хешем: часть архивных событий пропала или якорь журнала изменён.</translation>
    </message>
    <message numerus="yes">
        <source>The archives are intact: %Ln event(s) checked, ending where the log continues.</source>
        <translation>
            <numerusform>Архивы целы: проверено %Ln событие, они заканчиваются там, где продолжается журнал.</numerusform>
            <numerusform>Архивы целы: проверено %Ln события, они заканчиваются там, где продолжается журнал.</numerusform>
            <numerusform>Архивы целы: проверено %Ln событий, они заканчиваются там, где продолжается журнал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::Cli</name>
    <message>
        <source>Operator Console from the command line: the same CRM client and operations as the console, for team leads and scripts.</source>
        <translation>Консоль оператора в командной строке: тот же клиент CRM и те же операции, что и в консоли, — для руководителей групп и скриптов.</translation>
    </message>
    <message>
        <source>The CRM to work with, e.g. https://crm.example.org.</source>
        <translation>CRM, с которой нужно работать, например https://crm.example.org.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox CRM with demo data (in memory, on a loopback port) instead of --crm; signs in as the demo agent unless a token is given.</source>
        <translation>Использовать вместо --crm встроенную CRM-песочницу с демоданными (в памяти, на локальном порту loopback-интерфейса); если токен не передан, вход выполняется от имени демо-оператора.</translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input. Otherwise %1 is used, or else the token stored by “login” in the system keychain.</source>
        <translation>Прочитать токен из первой строки стандартного ввода. Иначе используется переменная окружения %1, а если она не задана — токен, сохранённый командой «login» в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Выводить результат в машиночитаемом формате JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Что сделать (см. «Команды»).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 operational failure (CRM unreachable, token refused, no keychain), 2 bad usage or input.</source>
        <translation>Код завершения: 0 — успешно, 1 — ошибка выполнения (CRM недоступна, токен отклонён, нет системного хранилища паролей), 2 — неверный вызов или входные данные.</translation>
    </message>
    <message>
        <source>Standard input cannot be read, so --token-stdin gives no token.</source>
        <translation>Не удаётся прочитать стандартный ввод, поэтому получить токен через --token-stdin нельзя.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input is empty: pipe the token into operator-cli.</source>
        <translation>Указан --token-stdin, но стандартный ввод пуст: передайте токен в operator-cli через конвейер («|»).</translation>
    </message>
    <message>
        <source>The token read from standard input is empty.</source>
        <translation>Токен, прочитанный из стандартного ввода, пуст.</translation>
    </message>
    <message>
        <source>%1 is set but empty.</source>
        <translation>Переменная окружения %1 задана, но пуста.</translation>
    </message>
    <message>
        <source>The token must be a single word without spaces.</source>
        <translation>Токен должен быть одним словом без пробелов.</translation>
    </message>
    <message>
        <source>“%1” needs the token: pipe it with --token-stdin or set %2.</source>
        <translation>Команде «%1» нужен токен: передайте его через --token-stdin или задайте переменную окружения %2.</translation>
    </message>
    <message>
        <source>No command given; the commands are: %1. See operator-cli --help.</source>
        <translation>Не указана команда; доступные команды: %1. См. operator-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See operator-cli --help.</source>
        <translation>Неизвестная команда «%1». См. operator-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” after “%2”.</source>
        <translation>Лишний аргумент «%1» после «%2».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <translation>Параметр --%1 неприменим к команде «%2».</translation>
    </message>
    <message>
        <source>Give either --crm or --sandbox, not both.</source>
        <translation>Укажите либо --crm, либо --sandbox, но не оба сразу.</translation>
    </message>
    <message>
        <source>No CRM given: add --crm URL (or --sandbox for the built-in demo CRM).</source>
        <translation>Не указана CRM: добавьте --crm URL (или --sandbox для встроенной демо-CRM).</translation>
    </message>
    <message>
        <source>“%1” does not apply to the built-in sandbox: it needs no sign-in.</source>
        <translation>Команда «%1» неприменима к встроенной песочнице: в неё не нужно входить.</translation>
    </message>
    <message>
        <source>The built-in sandbox CRM could not start: %1</source>
        <translation>Не удалось запустить встроенную CRM-песочницу: %1</translation>
    </message>
    <message>
        <source>No token is stored for %1: run “operator-cli --crm %1 login” first, or pass one with --token-stdin or %2.</source>
        <translation>Для %1 нет сохранённого токена: сначала выполните «operator-cli --crm %1 login» или передайте токен через --token-stdin либо %2.</translation>
    </message>
</context>
<context>
    <name>opc::cli::ErrorText</name>
    <message>
        <source>Cannot reach the CRM at %1. Check the address and the network connection, then run the command again.</source>
        <translation>Не удаётся связаться с CRM по адресу %1. Проверьте адрес и подключение к сети, затем снова выполните команду.</translation>
    </message>
    <message>
        <source>The CRM at %1 did not answer in time. Try again later.</source>
        <translation>CRM по адресу %1 не ответила вовремя. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The system keychain is not available (locked, or no keyring service is running). Unlock the keyring, or pass the token with --token-stdin or OPERATOR_CRM_TOKEN.</source>
        <translation>Системное хранилище паролей недоступно (оно заблокировано или его служба не запущена). Разблокируйте хранилище паролей или передайте токен через --token-stdin либо OPERATOR_CRM_TOKEN.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Ошибка системного хранилища паролей: %1</translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsCommand</name>
    <message>
        <source>Leads: “leads intake” posts the leads given as JSON lines on standard input and prints each decision; “leads list --queue free|mine|all” shows a queue.</source>
        <translation>Лиды: «leads intake» отправляет в CRM лиды, переданные через стандартный ввод строками JSON, и выводит решение по каждому; «leads list --queue free|mine|all» показывает очередь.</translation>
    </message>
    <message>
        <source>“leads” needs what to do: “leads intake” or “leads list --queue free|mine|all”.</source>
        <translation>Для «leads» укажите действие: «leads intake» или «leads list --queue free|mine|all».</translation>
    </message>
    <message>
        <source>Unknown “leads %1”: use “leads intake” or “leads list --queue free|mine|all”.</source>
        <translation>Неизвестная команда «leads %1»: используйте «leads intake» или «leads list --queue free|mine|all».</translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsIntake</name>
    <message>
        <source>%1: new: deal %2, order %3, existing client %4</source>
        <translation>%1: новый лид: сделка %2, заказ %3, существующий клиент %4</translation>
    </message>
    <message>
        <source>%1: new: deal %2, order %3, new client %4</source>
        <translation>%1: новый лид: сделка %2, заказ %3, новый клиент %4</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>совпадает e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>совпадает телефон</translation>
    </message>
    <message>
        <source>%1: duplicate of deal %2 (%3): a task was added to the deal</source>
        <translation>%1: дубль сделки %2 (%3): в сделку добавлена задача</translation>
    </message>
    <message>
        <source>%1: duplicate of deal %2 (%3): a comment was added to the deal</source>
        <translation>%1: дубль сделки %2 (%3): в сделку добавлен комментарий</translation>
    </message>
    <message>
        <source>--%1 applies to “leads list”, not to “leads intake”.</source>
        <translation>Параметр --%1 относится к «leads list», а не к «leads intake».</translation>
    </message>
    <message>
        <source>Standard input cannot be read: pipe the leads into operator-cli, one JSON object a line.</source>
        <translation>Не удаётся прочитать стандартный ввод: передайте лиды в operator-cli через конвейер, по одному JSON-объекту в строке.</translation>
    </message>
    <message>
        <source>Not sent: the CRM failed on line %1.</source>
        <translation>Не отправлено: на строке %1 произошла ошибка CRM.</translation>
    </message>
    <message>
        <source>The line is empty: expected one lead as a JSON object.</source>
        <translation>Строка пуста: ожидался один лид в виде JSON-объекта.</translation>
    </message>
    <message>
        <source>The line is not a JSON object (%1).</source>
        <translation>Строка не является JSON-объектом (%1).</translation>
    </message>
    <message>
        <source>a JSON value of another kind</source>
        <translation>JSON-значение другого типа</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>%1: invalid %2: %3</source>
        <translation>%1: ошибка в поле %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s): %1 new, %2 duplicate, %3 invalid, %4 not sent.</source>
        <translation>
            <numerusform>Всего %Ln лид: новых — %1, дублей — %2, с ошибками — %3, не отправлено — %4.</numerusform>
            <numerusform>Всего %Ln лида: новых — %1, дублей — %2, с ошибками — %3, не отправлено — %4.</numerusform>
            <numerusform>Всего %Ln лидов: новых — %1, дублей — %2, с ошибками — %3, не отправлено — %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM failed on line %1, and %Ln later lead(s) were not sent: %2</source>
        <translation>
            <numerusform>На строке %1 произошла ошибка CRM, и %Ln следующий лид не отправлен: %2</numerusform>
            <numerusform>На строке %1 произошла ошибка CRM, и %Ln следующих лида не отправлены: %2</numerusform>
            <numerusform>На строке %1 произошла ошибка CRM, и %Ln следующих лидов не отправлены: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) were invalid and not sent; see their lines in the output.</source>
        <translation>
            <numerusform>%Ln лид содержит ошибки и не отправлен; см. соответствующие строки в выводе.</numerusform>
            <numerusform>%Ln лида содержат ошибки и не отправлены; см. соответствующие строки в выводе.</numerusform>
            <numerusform>%Ln лидов содержат ошибки и не отправлены; см. соответствующие строки в выводе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::LeadsList</name>
    <message>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5  %6  %7  %8</source>
        <translation>#%1  %2  %3  %4  %5  %6  %7  %8</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>(free)</source>
        <translation>(свободен)</translation>
    </message>
    <message>
        <source>leads list: the queue: free (anyone may take them), mine (taken by me), all (team leads and admins).</source>
        <translation>leads list: очередь: free — свободные (их может взять любой), mine — мои (взятые мной), all — все (для руководителей групп и администраторов).</translation>
    </message>
    <message>
        <source>leads list: only leads with this status (free, in_work, success, failure).</source>
        <translation>leads list: только лиды с этим статусом (free, in_work, success, failure).</translation>
    </message>
    <message>
        <source>leads list: only leads whose name, phone or e-mail contains TEXT.</source>
        <translation>leads list: только лиды, у которых имя, телефон или e-mail содержат TEXT.</translation>
    </message>
    <message>
        <source>leads list --queue all: only this agent&apos;s leads.</source>
        <translation>leads list --queue all: только лиды этого оператора.</translation>
    </message>
    <message>
        <source>--queue is missing: give free, mine or all, e.g. “leads list --queue free”.</source>
        <translation>Не указан параметр --queue: укажите free, mine или all, например «leads list --queue free».</translation>
    </message>
    <message>
        <source>--queue must be free, mine or all, not “%1”.</source>
        <translation>Параметр --queue должен иметь значение free, mine или all, а не «%1».</translation>
    </message>
    <message>
        <source>--assignee applies to --queue all only.</source>
        <translation>Параметр --assignee применяется только вместе с --queue all.</translation>
    </message>
    <message>
        <source>The CRM refused to show the “%1” queue: only team leads and admins see every agent&apos;s leads.</source>
        <translation>CRM отказалась показать очередь «%1»: лиды всех операторов видят только руководители групп и администраторы.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s).</source>
        <translation>
            <numerusform>Всего %Ln лид.</numerusform>
            <numerusform>Всего %Ln лида.</numerusform>
            <numerusform>Всего %Ln лидов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesCommand</name>
    <message>
        <source>Partner lines: “lines list [--status S] [--country CC]” shows the clients&apos; lines; “lines renew --line ID --months N” renews lines in one payment.</source>
        <translation>Партнёрские линии: «lines list [--status S] [--country CC]» показывает линии клиентов; «lines renew --line ID --months N» продлевает линии одним платежом.</translation>
    </message>
    <message>
        <source>“lines” needs what to do: “lines list” or “lines renew --line ID --months N”.</source>
        <translation>Для «lines» укажите действие: «lines list» или «lines renew --line ID --months N».</translation>
    </message>
    <message>
        <source>Unknown “lines %1”: use “lines list” or “lines renew --line ID --months N”.</source>
        <translation>Неизвестная команда «lines %1»: используйте «lines list» или «lines renew --line ID --months N».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “lines %2”.</source>
        <translation>Параметр --%1 не относится к «lines %2».</translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesList</name>
    <message>
        <source>%1(off)</source>
        <translation>%1(откл.)</translation>
    </message>
    <message>
        <source>lines list: only lines in this status: active, expiring-7 (within 7 days), expiring-30 (within 30 days), expired.</source>
        <translation>lines list: только линии с этим статусом: active — активные, expiring-7 — истекают в течение 7 дней, expiring-30 — истекают в течение 30 дней, expired — истёкшие.</translation>
    </message>
    <message>
        <source>lines list: only lines of clients in this country (two letters, e.g. RU).</source>
        <translation>lines list: только линии клиентов из этой страны (две буквы, например RU).</translation>
    </message>
    <message>
        <source>--status must be active, expiring-7, expiring-30 or expired, not “%1”.</source>
        <translation>Параметр --status должен иметь значение active, expiring-7, expiring-30 или expired, а не «%1».</translation>
    </message>
    <message>
        <source>--country must be a two-letter country code such as RU, not “%1”.</source>
        <translation>Параметр --country должен содержать двухбуквенный код страны, например RU, а не «%1».</translation>
    </message>
</context>
<context>
    <name>opc::cli::LinesRenew</name>
    <message>
        <source>Volume discount</source>
        <translation>Скидка за объём</translation>
    </message>
    <message>
        <source>Period discount</source>
        <translation>Скидка за срок</translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation>Партнёрская скидка</translation>
    </message>
    <message>
        <source>--line %1: there is no such line; give the line id “lines list” shows (e.g. L-20001) or its number.</source>
        <translation>--line %1: такой линии нет; укажите идентификатор линии из вывода «lines list» (например, L-20001) или её номер.</translation>
    </message>
    <message>
        <source>--line must be a line id such as L-20001 or the line&apos;s number, not “%1”.</source>
        <translation>Параметр --line должен содержать идентификатор линии (например, L-20001) или её номер, а не «%1».</translation>
    </message>
    <message>
        <source>--line is missing: give the lines to renew, e.g. “lines renew --line L-20001 --line L-20002 --months 3”.</source>
        <translation>Не указан параметр --line: укажите линии для продления, например «lines renew --line L-20001 --line L-20002 --months 3».</translation>
    </message>
    <message>
        <source>--months is missing: give how many months to renew for, e.g. --months 3.</source>
        <translation>Не указан параметр --months: укажите, на сколько месяцев продлить линии, например --months 3.</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to %1, not “%2”.</source>
        <translation>Параметр --months должен быть целым числом от 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--payment-method must be card or invoice, not “%1”.</source>
        <translation>Параметр --payment-method должен иметь значение card или invoice, а не «%1».</translation>
    </message>
    <message>
        <source>--operation-id must be the operation id an earlier “lines renew” printed (letters, digits, . _ : -), not “%1”.</source>
        <translation>Параметр --operation-id должен содержать идентификатор операции, который вывела предыдущая команда «lines renew» (буквы, цифры, . _ : -), а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %Ln line(s) renewed for %2 month(s), paid by %3.</source>
        <translation>
            <numerusform>Заказ %1: продлена %Ln линия на %2 мес., способ оплаты: %3.</numerusform>
            <numerusform>Заказ %1: продлены %Ln линии на %2 мес., способ оплаты: %3.</numerusform>
            <numerusform>Заказ %1: продлено %Ln линий на %2 мес., способ оплаты: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Сумма без скидок</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>This order was placed earlier with operation id %1; nothing was renewed again.</source>
        <translation>Этот заказ уже был оформлен ранее с идентификатором операции %1; повторно ничего не продлено.</translation>
    </message>
    <message>
        <source>%1  %2  expires %3</source>
        <translation>%1  %2  действует до %3</translation>
    </message>
    <message>
        <source>%1  %2  expires %3 (was %4)</source>
        <translation>%1  %2  действует до %3 (прежний срок — %4)</translation>
    </message>
    <message>
        <source>Operation id: %1</source>
        <translation>Идентификатор операции: %1</translation>
    </message>
    <message>
        <source>--operation-id %1 was used for a different order (other lines, months or payment method); leave it out to place a new order.</source>
        <translation>--operation-id %1 уже использовался для другого заказа (с другими линиями, сроком или способом оплаты); чтобы оформить новый заказ, не указывайте этот параметр.</translation>
    </message>
    <message>
        <source>The order got no answer from the CRM at %1 (%2), so it may or may not have been placed. Run the same command again with --operation-id %3 and the CRM answers the first order instead of renewing twice.</source>
        <translation>CRM по адресу %1 не ответила на заказ (%2), поэтому неизвестно, оформлен ли он. Запустите ту же команду ещё раз с --operation-id %3 — CRM вернёт ответ на первый заказ, и линии не будут продлены дважды.</translation>
    </message>
    <message>
        <source>lines renew: a line to renew (its id, e.g. L-20001, or its number); repeat it or separate ids with commas.</source>
        <translation>lines renew: линия для продления (её идентификатор, например L-20001, или номер); укажите параметр несколько раз или перечислите идентификаторы через запятую.</translation>
    </message>
    <message>
        <source>lines renew: how many months to add.</source>
        <translation>lines renew: на сколько месяцев продлить линии.</translation>
    </message>
    <message>
        <source>lines renew: how the partner pays: card (default) or invoice.</source>
        <translation>lines renew: способ оплаты партнёра: card — картой (по умолчанию) или invoice — по счёту.</translation>
    </message>
    <message>
        <source>lines renew: send again the order an earlier run printed this operation id for; the CRM answers it instead of renewing twice.</source>
        <translation>lines renew: повторно отправить заказ, для которого предыдущий запуск вывел этот идентификатор операции; CRM вернёт ответ на него, и линии не будут продлены дважды.</translation>
    </message>
</context>
<context>
    <name>opc::cli::LoginCommand</name>
    <message>
        <source>Check the token from --token-stdin or OPERATOR_CRM_TOKEN and store it in the system keychain for this CRM.</source>
        <translation>Проверить токен из --token-stdin или OPERATOR_CRM_TOKEN и сохранить его в системном хранилище паролей для этой CRM.</translation>
    </message>
    <message>
        <source>The token is valid, but it was not stored. %1</source>
        <translation>Токен действителен, но сохранить его не удалось. %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3); the token is stored in the system keychain.</source>
        <translation>Выполнен вход в %1 под учётной записью %2 (%3); токен сохранён в системном хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>opc::cli::LogoutCommand</name>
    <message>
        <source>Remove the token stored in the system keychain for this CRM.</source>
        <translation>Удалить токен этой CRM из системного хранилища паролей.</translation>
    </message>
    <message>
        <source>Signed out of %1: the token was removed from the system keychain.</source>
        <translation>Выполнен выход из %1: токен удалён из системного хранилища паролей.</translation>
    </message>
    <message>
        <source>No token was stored for %1; nothing to remove.</source>
        <translation>Для %1 не было сохранённого токена; удалять нечего.</translation>
    </message>
</context>
<context>
    <name>opc::cli::MergeCommand</name>
    <message>
        <source>The working account whose request, lessons and teacher move.</source>
        <translation>Рабочий аккаунт, из которого переносятся заявка, уроки и преподаватель.</translation>
    </message>
    <message>
        <source>The empty account of the same subject that takes them over.</source>
        <translation>Пустой аккаунт по тому же предмету, в который всё это переносится.</translation>
    </message>
    <message>
        <source>Confirms that the student was warned that one account loses its progress.</source>
        <translation>Подтвердить, что ученик предупреждён: один из аккаунтов потеряет прогресс.</translation>
    </message>
    <message>
        <source>Show every step with its values before and after and the texts it writes; change nothing.</source>
        <translation>Показать каждый шаг со значениями до и после и текстами, которые он запишет, ничего не меняя.</translation>
    </message>
    <message>
        <source>First confirm that the student was warned that one account loses its progress, then add --student-warned.</source>
        <translation>Сначала убедитесь, что ученик предупреждён: один из аккаунтов потеряет прогресс. Затем добавьте --student-warned.</translation>
    </message>
    <message>
        <source>--source and --target are the same account %1; the target must be the empty account that takes over.</source>
        <translation>В --source и --target указан один и тот же аккаунт %1; целевым должен быть пустой аккаунт, который принимает данные.</translation>
    </message>
    <message>
        <source>--%1 is missing: give the account id, e.g. --%1 22.</source>
        <translation>Не указан параметр --%1: укажите id аккаунта, например --%1 22.</translation>
    </message>
    <message>
        <source>--%1 must be an account id (a whole number above 0), not “%2”.</source>
        <translation>Параметр --%1 должен содержать id аккаунта (целое число больше 0), а не «%2».</translation>
    </message>
    <message>
        <source>Account %1 (--target) is not one of the accounts of student %2 “%3”, which are %4. Both accounts must belong to the same student.</source>
        <translation>Аккаунт %1 (--target) не принадлежит ученику %2 «%3»: его аккаунты — %4. Оба аккаунта должны принадлежать одному и тому же ученику.</translation>
    </message>
    <message>
        <source>Source account %1 is the %2 account and target account %3 the %4 account: a merge moves a subject&apos;s lessons to another account of the same subject.</source>
        <translation>Исходный аккаунт %1 — аккаунт %2, а целевой аккаунт %3 — аккаунт %4: при объединении уроки по предмету переносятся в другой аккаунт по тому же предмету.</translation>
    </message>
    <message>
        <source>The source must be the working account and the target the empty one of the same subject. For “%1”, use --source %2 --target %3.</source>
        <translation>Исходным должен быть рабочий аккаунт, а целевым — пустой аккаунт по тому же предмету. Для варианта «%1» укажите --source %2 --target %3.</translation>
    </message>
    <message>
        <source>This merge is not allowed: %1</source>
        <translation>Это объединение выполнить нельзя: %1</translation>
    </message>
    <message>
        <source>Dry run of the merge for student %1 “%2”: nothing is changed in the CRM and no merge is registered.</source>
        <translation>Пробный запуск объединения для ученика %1 «%2»: в CRM ничего не меняется, объединение не регистрируется.</translation>
    </message>
    <message>
        <source>Pre-checks:</source>
        <translation>Предварительные проверки:</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>Steps, in the order they run:</source>
        <translation>Шаги в порядке выполнения:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Merge a KIDS student&apos;s accounts: --source ID --target ID --student-warned runs the merge, --dry-run shows every step without changing anything, --resume OPERATION_ID continues an interrupted one.</source>
        <translation>Объединить аккаунты ученика KIDS: --source ID --target ID --student-warned запускает объединение, --dry-run показывает все шаги, ничего не меняя, --resume OPERATION_ID продолжает прерванное объединение.</translation>
    </message>
    <message>
        <source>Continue the interrupted merge with this operation id from where it stopped.</source>
        <translation>Продолжить прерванное объединение с этим идентификатором операции с того места, где оно остановилось.</translation>
    </message>
    <message>
        <source>When the new request&apos;s price set or region differs from the old request&apos;s: copy the old one&apos;s, or keep the new one&apos;s.</source>
        <translation>Что делать, если прайс-сет или регион новой заявки отличаются от старой: copy — скопировать значения старой заявки, keep — оставить значения новой.</translation>
    </message>
    <message>
        <source>--price-set must be copy or keep, not “%1”.</source>
        <translation>Параметр --price-set должен иметь значение copy или keep, а не «%1».</translation>
    </message>
    <message>
        <source>Your merge %1 of these accounts was interrupted. Continue it with: operator-cli merge --resume %1</source>
        <translation>Ваше объединение этих аккаунтов (%1) было прервано. Продолжите его командой: operator-cli merge --resume %1</translation>
    </message>
    <message>
        <source>--resume needs the operation id the merge printed, e.g. --resume 0f8c…; “%1” is not one.</source>
        <translation>Для --resume нужен идентификатор операции, который вывело объединение, например --resume 0f8c…; «%1» таким идентификатором не является.</translation>
    </message>
    <message>
        <source>--dry-run and --resume cannot be combined: a resumed merge changes the CRM.</source>
        <translation>--dry-run и --resume нельзя указывать вместе: продолженное объединение вносит изменения в CRM.</translation>
    </message>
    <message>
        <source>%1 Decide, then continue with: operator-cli merge --resume %2 --price-set copy|keep</source>
        <translation>%1 Примите решение и продолжите командой: operator-cli merge --resume %2 --price-set copy|keep</translation>
    </message>
    <message>
        <source>%1 Continue with: operator-cli merge --resume %2</source>
        <translation>%1 Продолжите командой: operator-cli merge --resume %2</translation>
    </message>
    <message>
        <source>Merge %1 finished.</source>
        <translation>Объединение %1 завершено.</translation>
    </message>
    <message>
        <source>Old request: %1 (now a duplicate)</source>
        <translation>Старая заявка: №%1 (теперь отмечена как дубль)</translation>
    </message>
    <message>
        <source>New request: %1</source>
        <translation>Новая заявка: №%1</translation>
    </message>
    <message>
        <source>Login link (the web alternative): %1</source>
        <translation>Ссылка-логинер (для варианта через сайт): %1</translation>
    </message>
    <message>
        <source>Whether another merge holds these accounts could not be asked: %1</source>
        <translation>Не удалось узнать в CRM, не заняты ли эти аккаунты другим объединением: %1</translation>
    </message>
</context>
<context>
    <name>opc::cli::QuoteCommand</name>
    <message>
        <source>Prices channels added to a running line until its expiry; the order as JSON on standard input.</source>
        <translation>Рассчитывает стоимость каналов, добавляемых к действующей линии до конца её срока; заказ передаётся в формате JSON через стандартный ввод.</translation>
    </message>
    <message>
        <source>Prices new lines or a renewal with every discount; the order as JSON on standard input.</source>
        <translation>Рассчитывает стоимость новых линий или продления со всеми скидками; заказ передаётся в формате JSON через стандартный ввод.</translation>
    </message>
    <message>
        <source>Standard input cannot be read: pipe the order into operator-cli as one JSON object.</source>
        <translation>Не удаётся прочитать стандартный ввод: передайте заказ в operator-cli через конвейер одним JSON-объектом.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 at character %2.</source>
        <translation>Входные данные не являются корректным JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The input must be one JSON object.</source>
        <translation>Входные данные должны быть одним JSON-объектом.</translation>
    </message>
    <message>
        <source>prices: the input has no prices. Add &quot;prices&quot;, or give --crm URL (or --sandbox) to use the CRM&apos;s price list.</source>
        <translation>prices: во входных данных нет цен. Добавьте поле «prices» или укажите --crm URL (либо --sandbox), чтобы взять цены из прайс-листа CRM.</translation>
    </message>
</context>
<context>
    <name>opc::cli::UserOutput</name>
    <message>
        <source>User:  %1 (%2)
Id:    %3
Role:  %4 (%5)
CRM:   %6</source>
        <translation>Пользователь: %1 (%2)
ID:           %3
Роль:         %4 (%5)
CRM:          %6</translation>
    </message>
</context>
<context>
    <name>opc::cli::WhoamiCommand</name>
    <message>
        <source>Show the user, role and CRM the token signs in as.</source>
        <translation>Показать, под каким пользователем, с какой ролью и в какую CRM входит этот токен.</translation>
    </message>
</context>
<context>
    <name>opc::crm::ErrorMessages</name>
    <message>
        <source>Cannot reach the CRM. Check the network connection and the CRM address; the console reconnects by itself when the CRM is reachable again.</source>
        <translation>Не удаётся связаться с CRM. Проверьте подключение к сети и адрес CRM; консоль переподключится сама, как только CRM снова станет доступна.</translation>
    </message>
    <message>
        <source>The CRM did not answer in time. It may be overloaded or the connection is slow; try again in a moment.</source>
        <translation>CRM не ответила вовремя. Возможно, она перегружена или соединение медленное; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The CRM did not understand the console&apos;s request. This is a fault in the console, not in what you entered; please report it with the details.</source>
        <translation>CRM не поняла запрос консоли. Это ошибка в самой консоли, а не в введённых вами данных; сообщите о ней и приложите подробности.</translation>
    </message>
    <message>
        <source>The CRM did not accept your access token: it is wrong, revoked or expired. Sign in again with a valid token.</source>
        <translation>CRM не приняла ваш токен доступа: он неверный, отозван или просрочен. Войдите снова с действительным токеном.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask a team lead to do it or to grant you access.</source>
        <translation>Ваша роль не позволяет выполнить это действие. Попросите руководителя группы сделать это или выдать вам доступ.</translation>
    </message>
    <message>
        <source>The CRM has no such record: it may have been deleted or merged meanwhile. Reload the page and check.</source>
        <translation>В CRM нет такой записи: возможно, её тем временем удалили или объединили с другой. Обновите страницу и проверьте.</translation>
    </message>
    <message>
        <source>The CRM refused this because it conflicts with another change in progress (for example, someone else is working on the same record). Reload and try again.</source>
        <translation>CRM отклонила действие: оно конфликтует с другим изменением, которое сейчас выполняется (например, с той же записью работает кто-то ещё). Обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it, so your change was not saved. Reload it to see the current state, then repeat your change.</source>
        <translation>Кто-то изменил эту запись после того, как вы её открыли, поэтому ваше изменение не сохранено. Обновите запись, чтобы увидеть её текущее состояние, и внесите изменение заново.</translation>
    </message>
    <message>
        <source>The CRM requires a version check that the console did not send, so nothing was changed. This is a fault in the console; please report it.</source>
        <translation>CRM требует проверку версии, которую консоль не отправила, поэтому ничего не изменено. Это ошибка в консоли; сообщите о ней.</translation>
    </message>
    <message>
        <source>The CRM rejected the value of “%1”: %2. Correct it and try again.</source>
        <translation>CRM отклонила значение поля «%1»: %2. Исправьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The CRM rejected the value of “%1”. Correct it and try again.</source>
        <translation>CRM отклонила значение поля «%1». Исправьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The CRM rejected some of the values. Check what you entered and try again.</source>
        <translation>CRM отклонила некоторые значения. Проверьте введённые данные и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM is receiving too many requests. Wait %Ln second(s), then try again.</source>
        <translation>
            <numerusform>CRM получает слишком много запросов. Подождите %Ln секунду и повторите попытку.</numerusform>
            <numerusform>CRM получает слишком много запросов. Подождите %Ln секунды и повторите попытку.</numerusform>
            <numerusform>CRM получает слишком много запросов. Подождите %Ln секунд и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM is receiving too many requests. Wait a moment, then try again.</source>
        <translation>CRM получает слишком много запросов. Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>The CRM ran into a problem of its own (HTTP %1). Try again in a few minutes; if it keeps happening, tell the CRM administrators.</source>
        <translation>В CRM произошла внутренняя ошибка (HTTP %1). Повторите попытку через несколько минут; если ошибка не исчезнет, сообщите администраторам CRM.</translation>
    </message>
    <message>
        <source>The CRM sent an answer the console cannot read. The CRM may be misconfigured or something between you and the CRM altered the answer; try again, and report it if it keeps happening.</source>
        <translation>CRM прислала ответ, который консоль не может прочитать. Возможно, CRM неправильно настроена или ответ был искажён на пути от CRM к вам; повторите попытку, а если ошибка повторится, сообщите о ней.</translation>
    </message>
</context>
<context>
    <name>opc::leads::DuplicateRules</name>
    <message>
        <source>Unknown field.</source>
        <translation>Неизвестное поле.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Значение должно быть true или false.</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 0 to %1 (0 means the last %2 days).</source>
        <translation>Значение должно быть целым числом дней от 0 до %1 (0 — последние %2 дней).</translation>
    </message>
    <message>
        <source>Must be &quot;task&quot; or &quot;comment&quot;.</source>
        <translation>Значение должно быть «task» или «comment».</translation>
    </message>
</context>
<context>
    <name>opc::leads::Email</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Адрес электронной почты не указан.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Адрес электронной почты не может содержать пробелы.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation>В адресе электронной почты должен быть символ @.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>В адресе электронной почты может быть только один символ @.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Адрес электронной почты слишком длинный.</translation>
    </message>
    <message>
        <source>The part of the e-mail address before the @ is not valid.</source>
        <translation>Часть адреса электронной почты до @ некорректна.</translation>
    </message>
    <message>
        <source>The domain of the e-mail address (after the @) is not valid.</source>
        <translation>Домен в адресе электронной почты (после @) некорректен.</translation>
    </message>
</context>
<context>
    <name>opc::leads::Funnel</name>
    <message>
        <source>The funnel has no stages.</source>
        <translation>В воронке нет этапов.</translation>
    </message>
    <message>
        <source>Every stage needs a name.</source>
        <translation>У каждого этапа должно быть название.</translation>
    </message>
    <message>
        <source>Two stages have the same id %1.</source>
        <translation>У двух этапов одинаковый id %1.</translation>
    </message>
    <message>
        <source>The order of stage &quot;%1&quot; is %2; it must be from 0 to %3.</source>
        <translation>Порядковый номер этапа «%1» — %2, а должен быть от 0 до %3.</translation>
    </message>
    <message>
        <source>Stages &quot;%1&quot; and &quot;%2&quot; have the same order %3.</source>
        <translation>У этапов «%1» и «%2» одинаковый порядковый номер %3.</translation>
    </message>
    <message>
        <source>The funnel needs at least one stage in process.</source>
        <translation>В воронке должен быть хотя бы один промежуточный этап.</translation>
    </message>
    <message>
        <source>The funnel needs exactly one success stage, not %1.</source>
        <translation>В воронке должен быть ровно один успешный этап, а сейчас их %1.</translation>
    </message>
    <message>
        <source>The funnel needs exactly one failed stage, not %1.</source>
        <translation>В воронке должен быть ровно один неуспешный этап, а сейчас их %1.</translation>
    </message>
</context>
<context>
    <name>opc::leads::LeadInput</name>
    <message>
        <source>Must be text.</source>
        <translation>Значение должно быть текстом.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Значение должно быть не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Неизвестное поле.</translation>
    </message>
    <message>
        <source>Say whether the lead is a &quot;call&quot; or a &quot;form&quot;.</source>
        <translation>Укажите тип лида: «call» или «form».</translation>
    </message>
    <message>
        <source>Must be &quot;call&quot; or &quot;form&quot;, not &quot;%1&quot;.</source>
        <translation>Значение должно быть «call» или «form», а не «%1».</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601, such as 2019-03-11T11:44:52Z.</source>
        <translation>Значение должно содержать дату и время в формате ISO 8601, например 2019-03-11T11:44:52Z.</translation>
    </message>
    <message>
        <source>Tag %1 must be text.</source>
        <translation>Тег №%1 должен быть текстом.</translation>
    </message>
    <message>
        <source>Tag %1 contains &quot;|&quot;, which separates the tags.</source>
        <translation>Тег №%1 содержит символ «|», которым разделяются теги.</translation>
    </message>
    <message>
        <source>Tag %1 is longer than %2 characters.</source>
        <translation>Тег №%1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Must be a list of texts.</source>
        <translation>Значение должно быть списком строк.</translation>
    </message>
    <message>
        <source>Must be &quot;individual&quot; or &quot;legal&quot;, not &quot;%1&quot;.</source>
        <translation>Значение должно быть «individual» или «legal», а не «%1».</translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s phone number.</source>
        <translation>Для звонка нужен номер телефона звонившего.</translation>
    </message>
    <message>
        <source>A form needs a phone number or an e-mail address.</source>
        <translation>Для заявки с формы нужен номер телефона или адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>opc::leads::PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <source>The brackets in the phone number do not match.</source>
        <translation>В номере телефона непарные скобки.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets, dashes, dots and a leading +.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, скобки, дефисы, точки и знак + в начале.</translation>
    </message>
    <message>
        <source>The phone number has no digits.</source>
        <translation>В номере телефона нет цифр.</translation>
    </message>
    <message>
        <source>The phone number is too short: +7 must be followed by 10 digits.</source>
        <translation>Номер телефона слишком короткий: после +7 должно быть 10 цифр.</translation>
    </message>
    <message>
        <source>The phone number is too long: +7 must be followed by 10 digits.</source>
        <translation>Номер телефона слишком длинный: после +7 должно быть 10 цифр.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>Код страны не может начинаться с 0.</translation>
    </message>
    <message>
        <source>A foreign phone number must have 8 to 15 digits after the +.</source>
        <translation>В иностранном номере телефона после + должно быть от 8 до 15 цифр.</translation>
    </message>
    <message>
        <source>An 11-digit phone number must start with 7 or 8; write a foreign number with + and its country code.</source>
        <translation>Номер телефона из 11 цифр должен начинаться с 7 или 8; иностранный номер укажите с + и кодом страны.</translation>
    </message>
    <message>
        <source>The phone number is too short: a Russian number has 10 digits after +7 or 8.</source>
        <translation>Номер телефона слишком короткий: в российском номере после +7 или 8 идут 10 цифр.</translation>
    </message>
    <message>
        <source>The phone number is too long: a Russian number has 10 digits after +7 or 8; write a foreign number with + and its country code.</source>
        <translation>Номер телефона слишком длинный: в российском номере после +7 или 8 идут 10 цифр; иностранный номер укажите с + и кодом страны.</translation>
    </message>
    <message>
        <source>A Russian phone number cannot start with 0 after +7.</source>
        <translation>В российском номере телефона после +7 не может идти 0.</translation>
    </message>
</context>
<context>
    <name>opc::leads::StatusGroups</name>
    <message>
        <source>Not counted</source>
        <translation>Не учитываются</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплаченные</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <source>A status name cannot be empty or start or end with a space.</source>
        <translation>Название статуса не может быть пустым, начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>Must be one of &quot;not_counted&quot;, &quot;in_work&quot;, &quot;paid&quot;, &quot;cancelled&quot;.</source>
        <translation>Значение должно быть одним из: «not_counted», «in_work», «paid», «cancelled».</translation>
    </message>
    <message>
        <source>New</source>
        <comment>order status</comment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>order status</comment>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>order status</comment>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>order status</comment>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>SMS confirmation sent</source>
        <comment>order status</comment>
        <translation>Отправлено SMS-подтверждение</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>order status</comment>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order status</comment>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Cancelled by SMS</source>
        <comment>order status</comment>
        <translation>Отменён по SMS</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>opc::merge::Direction</name>
    <message>
        <source>Keep the English account</source>
        <translation>Оставить аккаунт английского</translation>
    </message>
    <message>
        <source>Keep the math account</source>
        <translation>Оставить аккаунт математики</translation>
    </message>
    <message>
        <source>Cannot tell which %1 account to keep: exactly one of them must have lessons taken.</source>
        <translation>Не удаётся определить, какой аккаунт %1 оставить: пройденные уроки должны быть ровно в одном из них.</translation>
    </message>
    <message numerus="yes">
        <source>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%Ln lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройден %Ln урок) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройдено %Ln урока) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройдено %Ln уроков) будет потерян.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%Ln lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройден %Ln урок) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройдено %Ln урока) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройдено %Ln уроков) будет потерян.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::merge::Journal</name>
    <message>
        <source>The console stopped while this step was running. Retry it: it checks the CRM before acting again.</source>
        <translation>Консоль остановилась во время выполнения этого шага. Повторите его: прежде чем снова что-то менять, шаг проверит данные в CRM.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already running.</source>
        <translation>Шаг «%1» уже выполняется.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is not running; it cannot end now.</source>
        <translation>Шаг «%1» сейчас не выполняется, поэтому завершить его нельзя.</translation>
    </message>
</context>
<context>
    <name>opc::merge::Model</name>
    <message>
        <source>English</source>
        <extracomment>Never shown alone: a modifier inside sentences such as &quot;Both %1 accounts have lessons&quot; or &quot;%1 lessons continue in account 12&quot; (Russian: genitive, «английского»).</extracomment>
        <translation>английского</translation>
    </message>
    <message>
        <source>math</source>
        <extracomment>Never shown alone: a modifier inside sentences such as &quot;Both %1 accounts have lessons&quot; or &quot;%1 lessons continue in account 12&quot; (Russian: genitive, «математики»).</extracomment>
        <translation>математики</translation>
    </message>
    <message>
        <source>The student should have exactly two English and two math accounts, but has %1 English and %2 math.</source>
        <translation>У ученика должно быть ровно два аккаунта английского и два аккаунта математики, а сейчас аккаунтов английского: %1, математики: %2.</translation>
    </message>
    <message>
        <source>The same account is listed twice.</source>
        <translation>Один и тот же аккаунт указан дважды.</translation>
    </message>
    <message>
        <source>English account %1 is not linked to one of the student&apos;s math accounts.</source>
        <translation>Аккаунт английского %1 не связан ни с одним из аккаунтов математики этого ученика.</translation>
    </message>
    <message>
        <source>Both English accounts are linked to the same math account.</source>
        <translation>Оба аккаунта английского связаны с одним и тем же аккаунтом математики.</translation>
    </message>
    <message>
        <source>Both %1 accounts have lessons taken: %2 and %3. Only an empty account can take over another.</source>
        <translation>В обоих аккаунтах %1 есть пройденные уроки: %2 и %3. Принять данные другого аккаунта может только пустой аккаунт.</translation>
    </message>
    <message>
        <source>Neither %1 account has lessons taken (%2 and %3): there is no progress to merge.</source>
        <translation>Ни в одном из аккаунтов %1 нет пройденных уроков (%2 и %3): переносить нечего, прогресса нет.</translation>
    </message>
    <message>
        <source>English %1 and math %2 both have lessons and are already linked: there is nothing to merge.</source>
        <translation>В аккаунте английского %1 и аккаунте математики %2 есть пройденные уроки, и они уже связаны: объединять нечего.</translation>
    </message>
</context>
<context>
    <name>opc::merge::PreChecks</name>
    <message>
        <source>Two unlinked pairs: one working and one empty account for each subject.</source>
        <translation>Две несвязанные пары: по каждому предмету один рабочий и один пустой аккаунт.</translation>
    </message>
    <message>
        <source>The student has no accounts to check.</source>
        <translation>У ученика нет аккаунтов для проверки.</translation>
    </message>
    <message>
        <source>Only KIDS accounts can be merged this way; not KIDS: %1.</source>
        <translation>Так можно объединять только аккаунты KIDS; не относятся к KIDS: %1.</translation>
    </message>
    <message>
        <source>All accounts belong to a KIDS student.</source>
        <translation>Все аккаунты принадлежат ученику KIDS.</translation>
    </message>
    <message>
        <source>Cannot tell which account is the target: %1</source>
        <translation>Не удаётся определить целевой аккаунт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Target account %1 already has %Ln lesson(s) taken; only an empty account can take over.</source>
        <translation>
            <numerusform>В целевом аккаунте %1 уже пройден %Ln урок; принять данные может только пустой аккаунт.</numerusform>
            <numerusform>В целевом аккаунте %1 уже пройдено %Ln урока; принять данные может только пустой аккаунт.</numerusform>
            <numerusform>В целевом аккаунте %1 уже пройдено %Ln уроков; принять данные может только пустой аккаунт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target account %1 has no lessons taken.</source>
        <translation>В целевом аккаунте %1 нет пройденных уроков.</translation>
    </message>
    <message>
        <source>Target account %1 already has request %2; it will be reused, no new request is created.</source>
        <translation>У целевого аккаунта %1 уже есть заявка №%2: информация будет перенесена в неё, новая заявка не создаётся.</translation>
    </message>
    <message>
        <source>The target account has no request yet; a new one will be created.</source>
        <translation>У целевого аккаунта ещё нет заявки — будет создана новая.</translation>
    </message>
    <message>
        <source>Warn the student that one account loses all its progress, then confirm it here.</source>
        <translation>Предупредите ученика, что один из аккаунтов потеряет весь прогресс, и подтвердите это здесь.</translation>
    </message>
    <message>
        <source>The student was warned that one account loses its progress.</source>
        <translation>Ученик предупреждён, что один из аккаунтов потеряет прогресс.</translation>
    </message>
    <message>
        <source>No other merge is running on these accounts.</source>
        <translation>С этими аккаунтами не выполняется другое объединение.</translation>
    </message>
    <message>
        <source>Your own merge %1 is registered on these accounts; it will be resumed.</source>
        <translation>На этих аккаунтах уже зарегистрировано ваше объединение %1 — оно будет продолжено.</translation>
    </message>
    <message>
        <source>%1 is already merging these accounts. Wait until they finish, or ask them.</source>
        <translation>%1 уже объединяет эти аккаунты. Дождитесь, пока объединение завершится, или свяжитесь с коллегой.</translation>
    </message>
    <message>
        <source>Your role is unknown; sign in again.</source>
        <translation>Ваша роль неизвестна; войдите снова.</translation>
    </message>
    <message>
        <source>Your role (%1) may not merge accounts.</source>
        <translation>Вашей роли (%1) запрещено объединять аккаунты.</translation>
    </message>
    <message>
        <source>Your role (%1) may merge accounts.</source>
        <translation>Вашей роли (%1) разрешено объединять аккаунты.</translation>
    </message>
</context>
<context>
    <name>opc::merge::Preview</name>
    <message>
        <source>request #%1</source>
        <translation>заявка №%1</translation>
    </message>
    <message>
        <source>the new request</source>
        <translation>новая заявка</translation>
    </message>
    <message>
        <source>Request of account %1</source>
        <translation>Заявка аккаунта %1</translation>
    </message>
    <message>
        <source>The target already has %1; it is reused and no request is created.</source>
        <translation>У целевого аккаунта уже есть %1 — информация переносится в неё, новая заявка не создаётся.</translation>
    </message>
    <message>
        <source>new request, e-mail %1, phone %2</source>
        <translation>новая заявка, почта %1, телефон %2</translation>
    </message>
    <message>
        <source>Web alternative: use the login link of English account %1 and make sure the child &quot;%2&quot; is selected.</source>
        <translation>Вариант через сайт: залогиньтесь по ссылке-логинеру аккаунта английского %1 и убедитесь, что в поле «Имя ребёнка» выбран «%2».</translation>
    </message>
    <message>
        <source>The old request has no intro lesson; there is nothing to move.</source>
        <translation>В старой заявке нет вводного урока — переносить нечего.</translation>
    </message>
    <message>
        <source>Intro lesson in the timetable of methodist %1</source>
        <translation>Вводный урок в расписании методиста %1</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, аккаунт %2</translation>
    </message>
    <message>
        <source>%1, account %2, completed</source>
        <translation>%1, аккаунт %2, пройден</translation>
    </message>
    <message>
        <source>This runs first: once teacher lessons are scheduled, no methodist lesson can be added.</source>
        <translation>Этот шаг выполняется первым: когда с преподавателем уже назначены уроки, добавить урок методисту нельзя.</translation>
    </message>
    <message>
        <source>Intro lesson report</source>
        <translation>Отчёт после вводного урока</translation>
    </message>
    <message>
        <source>Task after the trial (for the student)</source>
        <translation>Постановка задачи после триала (для ученика)</translation>
    </message>
    <message>
        <source>Task after the trial (for the teacher)</source>
        <translation>Постановка задачи после триала (для учителя)</translation>
    </message>
    <message>
        <source>Comment in %1</source>
        <translation>Комментарий (%1)</translation>
    </message>
    <message>
        <source>Schedule of account %1</source>
        <translation>График аккаунта %1</translation>
    </message>
    <message>
        <source>Teacher of account %1</source>
        <translation>Преподаватель аккаунта %1</translation>
    </message>
    <message>
        <source>Account %1 has no teacher: no teacher request and no letter are sent.</source>
        <translation>У аккаунта %1 нет преподавателя: запрос и письмо преподавателю не отправляются.</translation>
    </message>
    <message>
        <source>Letter to teacher %1</source>
        <translation>Письмо преподавателю %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Статус (%1)</translation>
    </message>
    <message>
        <source>duplicate (purple)</source>
        <translation>дубль (фиолетовый)</translation>
    </message>
    <message>
        <source>New request linked in %1</source>
        <translation>Заявка, дублем которой отмечена %1</translation>
    </message>
    <message>
        <source>Paid lessons of account %1</source>
        <translation>Оплаченные уроки аккаунта %1</translation>
    </message>
    <message>
        <source>Price set of %1</source>
        <translation>Прайс-сет (%1)</translation>
    </message>
    <message>
        <source>Region of %1</source>
        <translation>Регион (%1)</translation>
    </message>
    <message>
        <source>The price set or region of %1 differs from %2: prices depend on them. Fix them or confirm.</source>
        <translation>Прайс-сет или регион не совпадают (%1 и %2), а от них зависят цены. Исправьте их или подтвердите, что всё верно.</translation>
    </message>
    <message>
        <source>Latest statuses of %1</source>
        <translation>Последние статусы (%1)</translation>
    </message>
    <message>
        <source>This request was created when the student&apos;s KIDS accounts were merged: %1 lessons continue in account %2 instead of account %3. The original request is %4 (account %3); it is marked as a duplicate.</source>
        <translation>Эта заявка создана при объединении аккаунтов KIDS ученика: уроки %1 теперь проходят в аккаунте %2 вместо аккаунта %3. Исходная заявка осталась в аккаунте %3 — это %4, она отмечена как дубль.</translation>
    </message>
    <message>
        <source>Duplicate: the student&apos;s KIDS accounts were merged, and %1 lessons continue in account %2, %3. This request stays for its history only.</source>
        <translation>Дубль: аккаунты KIDS ученика объединены, уроки %1 теперь проходят в аккаунте %2 (%3). Эта заявка сохранена только для истории.</translation>
    </message>
    <message>
        <source>Hello, %1!

Your student %2 now studies in account %3 instead of account %4. It is the same child: their accounts were merged, and your schedule and the paid lessons moved with them. Please keep teaching as before.

Thank you!</source>
        <translation>Здравствуйте, %1!

Ваш ученик %2 теперь занимается в аккаунте %3 вместо аккаунта %4. Это тот же ребёнок: мы объединили его аккаунты, а ваше расписание и оплаченные уроки перенесли в новый аккаунт. Пожалуйста, продолжайте занятия как прежде.

Спасибо!</translation>
    </message>
    <message>
        <source>the old request</source>
        <translation>старая заявка</translation>
    </message>
    <message>
        <source>Teacher request to %1</source>
        <translation>Запрос преподавателю %1</translation>
    </message>
    <message>
        <source>The old request has no statuses to copy.</source>
        <translation>В старой заявке нет статусов для копирования.</translation>
    </message>
    <message>
        <source>Please take student %1 in account %2 on the same schedule. It is the same child as in account %3: the student&apos;s KIDS accounts were merged.</source>
        <translation>Пожалуйста, возьмите ученика %1 в аккаунте %2 по тому же расписанию. Это тот же ребёнок, что и в аккаунте %3: его аккаунты KIDS объединены.</translation>
    </message>
    <message>
        <source>Your student %1 now studies in account %2</source>
        <translation>Ваш ученик %1 теперь занимается в аккаунте %2</translation>
    </message>
</context>
<context>
    <name>opc::merge::RequestStatus</name>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>intro lesson scheduled</source>
        <translation>назначен вводный урок</translation>
    </message>
    <message>
        <source>intro lesson done</source>
        <translation>вводный урок проведён</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубль</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
</context>
<context>
    <name>opc::merge::Steps</name>
    <message>
        <source>Create the request</source>
        <translation>Создать заявку</translation>
    </message>
    <message>
        <source>Move the intro lesson</source>
        <translation>Перенести вводный урок</translation>
    </message>
    <message>
        <source>Copy the intro lesson report and trial tasks</source>
        <translation>Скопировать отчёт после вводного урока и задачи после триала</translation>
    </message>
    <message>
        <source>Write cross-reference comments in both requests</source>
        <translation>Оставить в обеих заявках комментарии со ссылками друг на друга</translation>
    </message>
    <message>
        <source>Move the schedule and the teacher</source>
        <translation>Перенести график и преподавателя</translation>
    </message>
    <message>
        <source>Mark the old request as a duplicate</source>
        <translation>Отметить старую заявку как дубль</translation>
    </message>
    <message>
        <source>Move the paid lessons</source>
        <translation>Перенести оплаченные уроки</translation>
    </message>
    <message>
        <source>Check the price set and region</source>
        <translation>Проверить прайс-сет и регион</translation>
    </message>
    <message>
        <source>Copy the latest statuses</source>
        <translation>Скопировать последние статусы</translation>
    </message>
    <message>
        <source>More steps are recorded as finished than the merge has.</source>
        <translation>Завершёнными записано больше шагов, чем есть в объединении.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; was recorded out of order: &quot;%2&quot; must come first.</source>
        <translation>Шаг «%1» записан не по порядку: сначала должен идти шаг «%2».</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already done; it is never run twice.</source>
        <translation>Шаг «%1» уже выполнен; повторно шаги не выполняются.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot run yet: &quot;%2&quot; must finish first.</source>
        <translation>Шаг «%1» пока нельзя выполнить: сначала должен завершиться шаг «%2».</translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsExport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>reading the CRM</source>
        <translation>чтение данных CRM</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>waiting for the limits</source>
        <translation>ожидание лимитов</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>funnels</source>
        <translation>воронки</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>deal history records</source>
        <translation>записи истории сделок</translation>
    </message>
    <message numerus="yes">
        <source>%Ln funnel(s)</source>
        <translation>
            <numerusform>%Ln воронка</numerusform>
            <numerusform>%Ln воронки</numerusform>
            <numerusform>%Ln воронок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln сотрудник</numerusform>
            <numerusform>%Ln сотрудника</numerusform>
            <numerusform>%Ln сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal history record(s)</source>
        <translation>
            <numerusform>%Ln запись истории сделок</numerusform>
            <numerusform>%Ln записи истории сделок</numerusform>
            <numerusform>%Ln записей истории сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>The funnels could not be read from the CRM: %1</source>
        <translation>Не удалось получить воронки из CRM: %1</translation>
    </message>
    <message>
        <source>The deals could not be read from the CRM: %1</source>
        <translation>Не удалось получить сделки из CRM: %1</translation>
    </message>
    <message>
        <source>Deal %1 could not be read from the CRM: %2</source>
        <translation>Не удалось получить из CRM сделку %1: %2</translation>
    </message>
    <message>
        <source>Deal %1 is left out: its stage history cannot be read (%2).</source>
        <translation>Сделка %1 пропущена: не удаётся прочитать историю её этапов (%2).</translation>
    </message>
    <message>
        <source>The analytics service&apos;s limit of %1 calls a day is used up.</source>
        <translation>Исчерпан лимит запросов к сервису аналитики в сутки: %1.</translation>
    </message>
    <message>
        <source>The analytics service&apos;s limit of %1 calls a minute is used up.</source>
        <translation>Исчерпан лимит запросов к сервису аналитики в минуту: %1.</translation>
    </message>
    <message>
        <source>The analytics service asked to wait before the next call.</source>
        <translation>Сервис аналитики попросил подождать перед следующим запросом.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln call(s) remain; they may go out in %2 (at %3). Start the export again then: it goes on where it stopped.</source>
        <translation>
            <numerusform>%1 Остался %Ln запрос; отправить его можно будет через %2 (в %3). Тогда запустите выгрузку снова: она продолжится с того места, где остановилась.</numerusform>
            <numerusform>%1 Осталось %Ln запроса; отправить их можно будет через %2 (в %3). Тогда запустите выгрузку снова: она продолжится с того места, где остановилась.</numerusform>
            <numerusform>%1 Осталось %Ln запросов; отправить их можно будет через %2 (в %3). Тогда запустите выгрузку снова: она продолжится с того места, где остановилась.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1 was refused: %2</source>
        <translation>Запрос %1 отклонён: %2</translation>
    </message>
    <message>
        <source>Call %1 got no answer: %2 Start the export again to go on; nothing is sent twice.</source>
        <translation>На запрос %1 нет ответа: %2 Запустите выгрузку снова, чтобы продолжить; повторно ничего не отправится.</translation>
    </message>
    <message>
        <source>The analytics service&apos;s answer to call %1 is not the JSON-RPC answer expected: %2</source>
        <translation>Ответ сервиса аналитики на запрос %1 не соответствует ожидаемому ответу JSON-RPC: %2</translation>
    </message>
    <message>
        <source>Call %1 was refused. %2</source>
        <translation>Запрос %1 отклонён. %2</translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsJournalStore</name>
    <message>
        <source>The local analytics export journal could not be used: %1</source>
        <translation>Не удалось обратиться к локальному журналу выгрузок в аналитику: %1</translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsPlan</name>
    <message>
        <source>Funnel %1 “%2” is left out, with its deals: %3</source>
        <translation>Воронка %1 «%2» пропущена вместе со своими сделками: %3</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Сделка %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) of left-out funnels are not sent.</source>
        <translation>
            <numerusform>%Ln сделка из пропущенных воронок не отправляется.</numerusform>
            <numerusform>%Ln сделки из пропущенных воронок не отправляются.</numerusform>
            <numerusform>%Ln сделок из пропущенных воронок не отправляются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history record(s) name a stage of another funnel and are not sent.</source>
        <translation>
            <numerusform>%Ln запись истории ссылается на этап другой воронки и не отправляется.</numerusform>
            <numerusform>%Ln записи истории ссылаются на этап другой воронки и не отправляются.</numerusform>
            <numerusform>%Ln записей истории ссылаются на этап другой воронки и не отправляются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ops::AnalyticsRpc</name>
    <message>
        <source>The analytics service could not read the request as JSON.</source>
        <translation>Сервис аналитики не смог прочитать запрос как JSON.</translation>
    </message>
    <message>
        <source>The analytics service did not accept the request as a JSON-RPC 2.0 request.</source>
        <translation>Сервис аналитики не распознал запрос как запрос JSON-RPC 2.0.</translation>
    </message>
    <message>
        <source>The analytics service does not know the method; it may be a different service or version.</source>
        <translation>Сервис аналитики не знает такого метода; возможно, это другой сервис или другая его версия.</translation>
    </message>
    <message>
        <source>The analytics service refused the data that was sent.</source>
        <translation>Сервис аналитики отклонил отправленные данные.</translation>
    </message>
    <message>
        <source>The analytics service refused the value of %1.</source>
        <translation>Сервис аналитики отклонил значение %1.</translation>
    </message>
    <message>
        <source>The analytics service failed internally; try again later.</source>
        <translation>В сервисе аналитики произошла внутренняя ошибка; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The analytics service refused the access token; check that it is valid for this account.</source>
        <translation>Сервис аналитики отклонил токен доступа; проверьте, что он действителен для этой учётной записи.</translation>
    </message>
    <message>
        <source>The analytics service&apos;s call limit is used up; the export continues when it resets.</source>
        <translation>Лимит запросов к сервису аналитики исчерпан; выгрузка продолжится, когда он обновится.</translation>
    </message>
    <message>
        <source>The analytics service refused the request.</source>
        <translation>Сервис аналитики отклонил запрос.</translation>
    </message>
    <message>
        <source>%1 (JSON-RPC error %2: %3)</source>
        <translation>%1 (ошибка JSON-RPC %2: %3)</translation>
    </message>
</context>
<context>
    <name>opc::ops::AuditExport</name>
    <message>
        <source>The export could not be written to standard output: %1</source>
        <translation>Не удалось записать выгрузку в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>The export could not be written to “%1”: %2</source>
        <translation>Не удалось записать выгрузку в файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>opc::ops::AuditRecorder</name>
    <message>
        <source>The CRM refused an audit event; it stays in the local journal and is offered again later: %1</source>
        <translation>CRM не приняла запись журнала действий; запись остаётся в локальном журнале и будет отправлена повторно позже: %1</translation>
    </message>
    <message>
        <source>An audit event could neither be saved locally nor sent to the CRM, so it is lost: %1</source>
        <translation>Запись журнала действий не удалось ни сохранить локально, ни отправить в CRM, поэтому она потеряна: %1</translation>
    </message>
    <message>
        <source>The local audit journal cannot be opened: %1</source>
        <translation>Не удаётся открыть локальный журнал действий: %1</translation>
    </message>
    <message>
        <source>The audit event could not be saved locally: %1</source>
        <translation>Не удалось сохранить запись журнала действий локально: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</source>
        <translation>
            <numerusform>CRM отклонила %Ln запись журнала действий. Она сохранена в локальном журнале и будет отправлена повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
            <numerusform>CRM отклонила %Ln записи журнала действий. Они сохранены в локальном журнале и будут отправлены повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
            <numerusform>CRM отклонила %Ln записей журнала действий. Они сохранены в локальном журнале и будут отправлены повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ops::Deals</name>
    <message>
        <source>Someone changed this deal after you opened it, so it was not moved. It has been reloaded: look at its stage and amount again, then move it if it is still needed.</source>
        <translation>Кто-то изменил эту сделку после того, как вы её открыли, поэтому она не перенесена. Сделка загружена заново: проверьте её этап и сумму и, если перенос ещё нужен, повторите его.</translation>
    </message>
    <message>
        <source>Someone changed this deal after you opened it, so it was not moved, and reading it again failed: %1</source>
        <translation>Кто-то изменил эту сделку после того, как вы её открыли, поэтому она не перенесена, а загрузить её заново не удалось: %1</translation>
    </message>
</context>
<context>
    <name>opc::ops::Lead</name>
    <message>
        <source>Free</source>
        <translation>Свободный</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубль</translation>
    </message>
</context>
<context>
    <name>opc::ops::LeadActions</name>
    <message>
        <source>This lead is a logged duplicate of an existing deal: it cannot be taken or worked on. Open that deal instead.</source>
        <translation>Этот лид записан как дубль существующей сделки: его нельзя взять в работу или обрабатывать. Откройте саму сделку.</translation>
    </message>
    <message>
        <source>Nobody has taken this lead: take it first.</source>
        <translation>Этот лид ещё никто не взял: сначала возьмите его в работу.</translation>
    </message>
    <message>
        <source>Someone else has taken this lead.</source>
        <translation>Этот лид уже взял в работу кто-то другой.</translation>
    </message>
    <message>
        <source>%1 has taken this lead: only they or a team lead can work on it.</source>
        <translation>Этот лид ведёт %1: работать с ним может только этот сотрудник или руководитель группы.</translation>
    </message>
</context>
<context>
    <name>opc::ops::LeadIntake</name>
    <message>
        <source>%1 “%2” was received already, as another lead: the CRM keeps the first one.</source>
        <translation>Лид с %1 «%2» уже получен ранее: в CRM сохраняется первый.</translation>
    </message>
    <message>
        <source>This lead was sent before with other data: the CRM keeps the first version.</source>
        <translation>Этот лид уже отправлялся с другими данными: в CRM сохраняется первая версия.</translation>
    </message>
    <message>
        <source>%1 “%2” was sent before with other data: the CRM keeps the first version.</source>
        <translation>Лид с %1 «%2» уже отправлялся с другими данными: в CRM сохраняется первая версия.</translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeCaseLoader</name>
    <message>
        <source>%1 %2 (%3 min)</source>
        <translation>%1 %2 (%3 мин)</translation>
    </message>
    <message>
        <source>The CRM&apos;s answer to %1 could not be read (%2). Report this to the CRM team.</source>
        <translation>Не удалось прочитать ответ CRM на запрос %1 (%2). Сообщите об этом команде CRM.</translation>
    </message>
    <message>
        <source>Request %1 of account %2 could not be read from the CRM: %3</source>
        <translation>Не удалось получить из CRM заявку №%1 аккаунта %2: %3</translation>
    </message>
    <message>
        <source>Account %1 of the same student could not be read from the CRM: %2</source>
        <translation>Не удалось получить из CRM аккаунт %1 того же ученика: %2</translation>
    </message>
    <message>
        <source>Student %1 of account %2 could not be read from the CRM: %3</source>
        <translation>Не удалось получить из CRM данные ученика %1 (аккаунт %2): %3</translation>
    </message>
    <message>
        <source>No account %1 in the CRM. Check the account id.</source>
        <translation>В CRM нет аккаунта %1. Проверьте id аккаунта.</translation>
    </message>
    <message>
        <source>Account %1 could not be read from the CRM: %2</source>
        <translation>Не удалось получить из CRM аккаунт %1: %2</translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeJournalStore</name>
    <message>
        <source>The local merge journal could not be used: %1</source>
        <translation>Не удалось обратиться к локальному журналу объединений: %1</translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeLockLookup</name>
    <message>
        <source>%1 is already merging these accounts (operation %2). Wait until that merge is finished, or ask a team lead to abandon it.</source>
        <translation>%1 уже объединяет эти аккаунты (операция %2). Дождитесь, пока это объединение завершится, или попросите руководителя группы прервать его.</translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeRun</name>
    <message>
        <source>planned</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>The schedule of account %1 could not be read: %2</source>
        <translation>Не удалось получить из CRM график аккаунта %1: %2</translation>
    </message>
    <message>
        <source>There is no merge %1 in this computer&apos;s journal for this CRM and user. If it was started on another computer, resume it there, or ask a team lead to abandon it.</source>
        <translation>В журнале на этом компьютере нет объединения %1 для этой CRM и этого пользователя. Если его начинали на другом компьютере, продолжите его там или попросите руководителя группы отменить его.</translation>
    </message>
    <message>
        <source>The merge %1 is already closed; there is nothing to resume.</source>
        <translation>Объединение %1 уже закрыто — продолжать нечего.</translation>
    </message>
    <message>
        <source>The merge could not be registered on the CRM: %1</source>
        <translation>Не удалось зарегистрировать объединение в CRM: %1</translation>
    </message>
    <message>
        <source>Another merge holds these accounts: %1</source>
        <translation>Эти аккаунты заняты другим объединением: %1</translation>
    </message>
    <message>
        <source>These accounts were already merged: %1</source>
        <translation>Эти аккаунты уже объединены: %1</translation>
    </message>
    <message>
        <source>The CRM has closed this merge (finished or abandoned by a team lead): %1</source>
        <translation>CRM закрыла это объединение (оно завершено или прервано руководителем группы): %1</translation>
    </message>
    <message>
        <source>The merge could not be closed on the CRM: %1</source>
        <translation>Не удалось закрыть объединение в CRM: %1</translation>
    </message>
    <message>
        <source>The merge&apos;s state could not be read from the CRM: %1</source>
        <translation>Не удалось узнать в CRM состояние объединения: %1</translation>
    </message>
    <message>
        <source>A team lead abandoned this merge on the CRM, so it stopped before “%1”. The steps done so far stay done; start a new merge if it is still needed.</source>
        <translation>Руководитель группы отменил это объединение в CRM, поэтому оно остановилось перед шагом «%1». Уже выполненные шаги остаются в силе; если объединение всё ещё нужно, начните его заново.</translation>
    </message>
</context>
<context>
    <name>opc::ops::MergeSteps</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Someone else changed this in the CRM while the step ran (%1): %2. Retry reads it again and continues from the new state.</source>
        <translation>Пока выполнялся шаг, кто-то другой изменил эти данные в CRM (%1): %2. При повторе шаг заново прочитает данные и продолжит с их текущего состояния.</translation>
    </message>
    <message>
        <source>the change could not be read back</source>
        <translation>не удалось узнать, что именно изменилось</translation>
    </message>
    <message>
        <source>The old request has no intro lesson; there is nothing to move.</source>
        <translation>В старой заявке нет вводного урока — переносить нечего.</translation>
    </message>
    <message>
        <source>There is no old request to copy reports from.</source>
        <translation>Нет старой заявки, из которой можно скопировать отчёты.</translation>
    </message>
    <message>
        <source>There is no old request to refer to.</source>
        <translation>Нет старой заявки, на которую можно сослаться.</translation>
    </message>
    <message>
        <source>The source account has no teacher and no schedule; there is nothing to move.</source>
        <translation>У исходного аккаунта нет ни преподавателя, ни графика — переносить нечего.</translation>
    </message>
    <message>
        <source>There is no old request to mark.</source>
        <translation>Нет старой заявки, которую нужно отметить как дубль.</translation>
    </message>
    <message>
        <source>The source account has no paid lessons to move.</source>
        <translation>В исходном аккаунте нет оплаченных уроков для переноса.</translation>
    </message>
    <message>
        <source>There is no old request to compare the price set with.</source>
        <translation>Нет старой заявки, с которой можно сравнить прайс-сет.</translation>
    </message>
    <message>
        <source>The price set and region match the old request.</source>
        <translation>Прайс-сет и регион совпадают со старой заявкой.</translation>
    </message>
    <message>
        <source>The agent confirmed the price set and region as they are.</source>
        <translation>Оператор подтвердил текущие прайс-сет и регион.</translation>
    </message>
    <message>
        <source>Request %1 has price set “%2” and region “%3”, but the old request %4 has “%5” and “%6”. Prices depend on them: copy the old request&apos;s or keep these.</source>
        <translation>В заявке №%1 прайс-сет «%2» и регион «%3», а в старой заявке №%4 — «%5» и «%6». От них зависят цены: скопируйте значения из старой заявки или оставьте текущие.</translation>
    </message>
    <message>
        <source>The old request has no price set or region to copy.</source>
        <translation>В старой заявке не указаны ни прайс-сет, ни регион — копировать нечего.</translation>
    </message>
    <message>
        <source>The old request has no statuses to copy.</source>
        <translation>В старой заявке нет статусов для копирования.</translation>
    </message>
    <message>
        <source>The new request is not known: run “%1” first.</source>
        <translation>Новая заявка не определена: сначала выполните шаг «%1».</translation>
    </message>
</context>
<context>
    <name>opc::ops::PartnerLineComment</name>
    <message>
        <source>Someone changed line %1 after you opened it, so your comment was not saved. The line has been reloaded: read its comment again, then change it if it is still needed.</source>
        <translation>Кто-то изменил линию %1 после того, как вы её открыли, поэтому ваш комментарий не сохранён. Линия загружена заново: перечитайте её комментарий и, если изменение ещё нужно, внесите его снова.</translation>
    </message>
    <message>
        <source>Someone changed line %1 after you opened it, so your comment was not saved, and reading it again failed: %2</source>
        <translation>Кто-то изменил линию %1 после того, как вы её открыли, поэтому ваш комментарий не сохранён, а загрузить линию заново не удалось: %2</translation>
    </message>
</context>
<context>
    <name>opc::ops::PartnerOrders</name>
    <message>
        <source>%1 The order may or may not have been placed: send it again with the same operation id, and the CRM answers the first order instead of charging twice.</source>
        <translation>%1 Неизвестно, оформлен ли заказ: отправьте его ещё раз с тем же идентификатором операции — CRM вернёт ответ на первый заказ, и оплата не будет списана дважды.</translation>
    </message>
    <message>
        <source>This operation id was already used for a different order (other lines, months or payment method). Place a new order with a new operation id.</source>
        <translation>Этот идентификатор операции уже использовался для другого заказа (с другими линиями, сроком или способом оплаты). Оформите новый заказ с новым идентификатором операции.</translation>
    </message>
</context>
<context>
    <name>opc::ops::SessionStart</name>
    <message>
        <source>Signed in, but the sign-in could not be recorded in the audit journal: %1</source>
        <translation>Вход выполнен, но записать его в журнал действий не удалось: %1</translation>
    </message>
</context>
<context>
    <name>opc::ops::SignIn</name>
    <message>
        <source>Enter the CRM address, for example https://crm.example.org.</source>
        <translation>Введите адрес CRM, например https://crm.example.org.</translation>
    </message>
    <message>
        <source>The CRM address “%1” contains a space; remove it.</source>
        <translation>Адрес CRM «%1» содержит пробел; удалите его.</translation>
    </message>
    <message>
        <source>The CRM address must start with http:// or https://, not %1://.</source>
        <translation>Адрес CRM должен начинаться с http:// или https://, а не с %1://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid CRM address: check the host name and the port (a number from 1 to 65535).</source>
        <translation>Адрес CRM «%1» некорректен: проверьте имя хоста и порт (число от 1 до 65535).</translation>
    </message>
    <message>
        <source>The CRM address “%1” has no host name.</source>
        <translation>В адресе CRM «%1» нет имени хоста.</translation>
    </message>
    <message>
        <source>The CRM address “%1” must not contain a user name, “?” or “#”.</source>
        <translation>Адрес CRM «%1» не должен содержать имя пользователя, «?» или «#».</translation>
    </message>
    <message>
        <source>“%1” is not a CRM address: it needs http:// or https:// and a host.</source>
        <translation>«%1» — не адрес CRM: нужны http:// или https:// и имя хоста.</translation>
    </message>
    <message>
        <source>The CRM refused this token: it is wrong, expired or revoked. Ask for a new token and sign in again.</source>
        <translation>CRM отклонила этот токен: он неверный, просрочен или отозван. Запросите новый токен и войдите снова.</translation>
    </message>
    <message>
        <source>The CRM answered with a user this console does not understand (field “%1”). Check that the address points to the school&apos;s CRM.</source>
        <translation>CRM вернула данные пользователя в непонятном для консоли виде (поле «%1»). Проверьте, что адрес указывает на CRM школы.</translation>
    </message>
    <message>
        <source>The token is empty. Paste the access token your team lead gave you.</source>
        <translation>Токен не указан. Вставьте токен доступа, который вам выдал руководитель группы.</translation>
    </message>
    <message>
        <source>“%1” uses plain http://, which would send your access token unencrypted. Use https:// (plain http is only for a CRM on this computer).</source>
        <translation>Адрес «%1» использует http:// без шифрования — токен доступа передавался бы в открытом виде. Укажите https:// (http без шифрования допустим только для CRM на этом компьютере).</translation>
    </message>
</context>
<context>
    <name>opc::ops::StudentSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
    <message>
        <source>The CRM&apos;s answer to %1 could not be read (%2). Report this to the CRM team.</source>
        <translation>Не удалось прочитать ответ CRM на запрос %1 (%2). Сообщите об этом команде CRM.</translation>
    </message>
</context>
<context>
    <name>opc::partner::PartnerRules</name>
    <message>
        <source>The reward can be withdrawn in rubles only.</source>
        <translation>Вознаграждение можно вывести только в рублях.</translation>
    </message>
    <message>
        <source>The smallest withdrawal is %1; %2 was asked for.</source>
        <translation>Минимальная сумма вывода — %1, а запрошено %2.</translation>
    </message>
    <message>
        <source>The reward balance is %1: less than the %2 asked for.</source>
        <translation>Баланс вознаграждения — %1, это меньше запрошенной суммы %2.</translation>
    </message>
    <message>
        <source>This client joined through your referral link and has not granted you access to its cabinet. Send the client the instructions for granting access to an integrator.</source>
        <translation>Этот клиент зарегистрировался по вашей реферальной ссылке и не предоставил вам доступ к своему кабинету. Отправьте клиенту инструкцию о том, как предоставить доступ интегратору.</translation>
    </message>
    <message>
        <source>The line has expired: renew it first.</source>
        <translation>Срок линии истёк: сначала продлите её.</translation>
    </message>
    <message numerus="yes">
        <source>Channels can be added only while at least %Ln day(s) are left; this line expires in %1. Renew it instead.</source>
        <translation>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дня; срок этой линии истекает через %1. Вместо этого продлите её.</numerusform>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дней; срок этой линии истекает через %1. Вместо этого продлите её.</numerusform>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дней; срок этой линии истекает через %1. Вместо этого продлите её.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::partner::Pricing</name>
    <message>
        <source>The order is too large to price: split it into several payments.</source>
        <translation>Сумма заказа слишком велика для расчёта: разбейте его на несколько платежей.</translation>
    </message>
    <message>
        <source>The price list has no price for the “%1” channel.</source>
        <translation>В прайс-листе нет цены для канала «%1».</translation>
    </message>
    <message>
        <source>The price list has no ChatCoins package “%1”.</source>
        <translation>В прайс-листе нет пакета ChatCoins «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Channels can be added only while at least %Ln day(s) are left before the line expires; %1 left. Renew the line instead.</source>
        <translation>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дня; сейчас осталось дней: %1. Вместо этого продлите линию.</numerusform>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дней; сейчас осталось дней: %1. Вместо этого продлите линию.</numerusform>
            <numerusform>Добавлять каналы можно, только пока до окончания срока линии остаётся не менее %Ln дней; сейчас осталось дней: %1. Вместо этого продлите линию.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::partner::QuoteJson</name>
    <message>
        <source>Unknown field “%1”; expected one of: %2.</source>
        <translation>Неизвестное поле «%1»; допустимые поля: %2.</translation>
    </message>
    <message>
        <source>partner_status must be one of: none, official, gold, technology.</source>
        <translation>Поле partner_status должно иметь одно из значений: none, official, gold, technology.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>Поле %1 должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be an object of channel counts, e.g. {&quot;whatsapp&quot;: 2, &quot;telegram&quot;: 1}.</source>
        <translation>Поле %1 должно быть объектом с количеством каналов, например {&quot;whatsapp&quot;: 2, &quot;telegram&quot;: 1}.</translation>
    </message>
    <message>
        <source>Channel names are lower-case Latin letters, digits and “_” (whatsapp, telegram, max, …); “%1” is not one.</source>
        <translation>Название канала может состоять только из строчных латинских букв, цифр и «_» (whatsapp, telegram, max, …); «%1» не подходит.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Поле %1 должно содержать дату в формате ГГГГ-ММ-ДД, например 2026-11-22.</translation>
    </message>
    <message>
        <source>%1 must be an object of prices in kopecks.</source>
        <translation>Поле %1 должно быть объектом с ценами в копейках.</translation>
    </message>
    <message>
        <source>%1 must be an object: {&quot;channels&quot;: {…}, &quot;chatcoins&quot;: {…}}.</source>
        <translation>Поле %1 должно быть объектом вида {&quot;channels&quot;: {…}, &quot;chatcoins&quot;: {…}}.</translation>
    </message>
    <message>
        <source>lines must be a non-empty list: [{&quot;count&quot;: 1, &quot;channels&quot;: {&quot;whatsapp&quot;: 1}}].</source>
        <translation>Поле lines должно быть непустым списком: [{&quot;count&quot;: 1, &quot;channels&quot;: {&quot;whatsapp&quot;: 1}}].</translation>
    </message>
    <message>
        <source>%1 must be an object with count and channels.</source>
        <translation>Поле %1 должно быть объектом с полями count и channels.</translation>
    </message>
    <message>
        <source>chatcoins_package must be a package id from the price list, or null.</source>
        <translation>Поле chatcoins_package должно содержать id пакета из прайс-листа или null.</translation>
    </message>
</context>
<context>
    <name>opc::sandbox::Text</name>
    <message>
        <source>There is no such record. Check the id; it may have been deleted.</source>
        <translation>Такой записи нет. Проверьте id: возможно, запись удалена.</translation>
    </message>
    <message>
        <source>The sandbox database failed: %1</source>
        <translation>Ошибка базы данных песочницы: %1</translation>
    </message>
    <message>
        <source>The body must be JSON sent with Content-Type: application/json.</source>
        <translation>Тело запроса должно быть в формате JSON и отправляться с заголовком Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation>Тело запроса не является корректным JSON (%1, смещение %2).</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Тело запроса должно быть JSON-объектом.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>Параметр limit должен быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>The cursor is not one this server handed out. Start again from the first page.</source>
        <translation>Этот курсор выдан не этим сервером. Начните заново с первой страницы.</translation>
    </message>
    <message>
        <source>The audit event&apos;s %1 is missing or invalid.</source>
        <translation>В записи журнала действий поле %1 отсутствует или некорректно.</translation>
    </message>
    <message>
        <source>actor must be the id of the signed-in user (%1).</source>
        <translation>Поле actor должно содержать id вошедшего пользователя (%1).</translation>
    </message>
    <message>
        <source>The sandbox was told to fail this request (fault injection).</source>
        <translation>Песочница настроена вернуть ошибку на этот запрос (имитация сбоев).</translation>
    </message>
    <message>
        <source>There is no such resource: %1. Check the path against the contract (api/crm.openapi.json).</source>
        <translation>Такого ресурса нет: %1. Сверьте путь с контрактом (api/crm.openapi.json).</translation>
    </message>
    <message>
        <source>%1 is not allowed here. Allowed: %2.</source>
        <translation>Метод %1 здесь не разрешён. Разрешены: %2.</translation>
    </message>
    <message>
        <source>Sign in: send a valid token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Требуется вход: передайте действительный токен в заголовке «Authorization: Bearer &lt;token&gt;».</translation>
    </message>
    <message>
        <source>Too many requests. Wait as long as Retry-After says, then try again.</source>
        <translation>Слишком много запросов. Подождите столько, сколько указано в Retry-After, и повторите попытку.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this. Ask a team lead or an administrator.</source>
        <translation>Вашей роли (%1) это действие запрещено. Обратитесь к руководителю группы или администратору.</translation>
    </message>
    <message>
        <source>Every POST needs an Idempotency-Key header (for example a UUID), reused when the same request is retried.</source>
        <translation>Каждый POST-запрос должен содержать заголовок Idempotency-Key (например, UUID); при повторной отправке того же запроса ключ должен быть тем же.</translation>
    </message>
    <message>
        <source>The Idempotency-Key must be at most %1 characters.</source>
        <translation>Idempotency-Key должен быть не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>Значение %1 должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>Значение %1 должно быть true или false.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>Неизвестное поле %1.</translation>
    </message>
    <message>
        <source>route must be &quot;*&quot; or a served route such as &quot;GET /api/v1/me&quot;.</source>
        <translation>Поле route должно содержать «*» или обслуживаемый маршрут, например «GET /api/v1/me».</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Не удаётся прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>The fixture %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Фикстура %1 не является корректным JSON: %2, смещение %3.</translation>
    </message>
    <message>
        <source>The fixture %1 must be a JSON object whose keys are table names.</source>
        <translation>Фикстура %1 должна быть JSON-объектом, ключи которого — имена таблиц.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to load the fixture %1.</source>
        <translation>Не удаётся начать транзакцию для загрузки фикстуры %1.</translation>
    </message>
    <message>
        <source>The fixture %1 was not loaded: %2</source>
        <translation>Фикстура %1 не загружена: %2</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (fixtures may fill: %2).</source>
        <translation>неизвестная таблица «%1» (фикстура может заполнять: %2).</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; must be an array of row objects.</source>
        <translation>таблица «%1» должна быть массивом объектов-строк.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: a row must be a JSON object, not %3.</source>
        <translation>таблица «%1», строка %2: строка должна быть JSON-объектом, а получено %3.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: the column is required.</source>
        <translation>таблица «%1», строка %2, столбец «%3»: столбец обязателен.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: there is no such column.</source>
        <translation>таблица «%1», строка %2, столбец «%3»: такого столбца нет.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2, column &quot;%3&quot;: expected %4, got %5.</source>
        <translation>таблица «%1», строка %2, столбец «%3»: ожидалось: %4, получено: %5.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: the database refused the row: %3</source>
        <translation>таблица «%1», строка %2: база данных отклонила строку: %3</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, row %2: it refers to a row of table &quot;%3&quot; that does not exist.</source>
        <translation>таблица «%1», строка %2: строка ссылается на несуществующую строку таблицы «%3».</translation>
    </message>
    <message>
        <source>a whole number (or true/false)</source>
        <translation>целое число (или true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>There is no such resource. Check the path against the contract (api/crm.openapi.json).</source>
        <translation>Такого ресурса нет. Сверьте путь с контрактом (api/crm.openapi.json).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся начать прослушивание на %1:%2: %3</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request. Use a new key for a new request.</source>
        <translation>Этот Idempotency-Key уже использовался для другого запроса. Для нового запроса используйте новый ключ.</translation>
    </message>
    <message>
        <source>status must be one of: %1.</source>
        <translation>Поле status должно иметь одно из значений: %1.</translation>
    </message>
    <message>
        <source>assignee must be a user id, &quot;me&quot; or &quot;none&quot;.</source>
        <translation>Поле assignee должно содержать id пользователя, «me» или «none».</translation>
    </message>
    <message>
        <source>country must be a two-letter ISO code such as RU.</source>
        <translation>Поле country должно содержать двухбуквенный код ISO, например RU.</translation>
    </message>
    <message>
        <source>client_id must be a partner client&apos;s id.</source>
        <translation>Поле client_id должно содержать id клиента партнёра.</translation>
    </message>
    <message>
        <source>The body names no field to change.</source>
        <translation>В теле запроса не указано ни одного поля для изменения.</translation>
    </message>
    <message>
        <source>%1 must be text of at most %2 characters.</source>
        <translation>Поле %1 должно содержать текст длиной не более %2 символов.</translation>
    </message>
    <message>
        <source>is_duplicate must be true or false.</source>
        <translation>Поле is_duplicate должно быть true или false.</translation>
    </message>
    <message>
        <source>%1 must be the id of an existing record.</source>
        <translation>Поле %1 должно содержать id существующей записи.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: %2.</source>
        <translation>Поле %1 здесь изменить нельзя. Можно изменить: %2.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the request you read, so that no one else&apos;s change is overwritten.</source>
        <translation>Передайте заголовок If-Match с ETag прочитанной вами заявки, чтобы не затереть чужие изменения.</translation>
    </message>
    <message>
        <source>The request was changed by someone else since you read it. Reload it and apply your change again.</source>
        <translation>Заявку изменил кто-то другой после того, как вы её прочитали. Загрузите её заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>The database %1 already holds data, so the fixture %2 was not loaded; the existing data is kept.</source>
        <translation>В базе данных %1 уже есть данные, поэтому фикстура %2 не загружена; существующие данные сохранены.</translation>
    </message>
    <message>
        <source>Cannot read the fixture %1: %2</source>
        <translation>Не удаётся прочитать фикстуру %1: %2</translation>
    </message>
    <message>
        <source>The sandbox server is already running.</source>
        <translation>Сервер песочницы уже запущен.</translation>
    </message>
    <message>
        <source>query must be at most %1 characters.</source>
        <translation>Параметр query должен быть не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Serves the CRM contract (api/crm.openapi.json) over a SQLite database, for development, demos and tests.</source>
        <translation>Реализует контракт CRM (api/crm.openapi.json) поверх базы данных SQLite — для разработки, демонстраций и тестов.</translation>
    </message>
    <message>
        <source>Address and port to listen on; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation>Адрес и порт для прослушивания; порт 0 — выбрать свободный (по умолчанию 127.0.0.1:0).</translation>
    </message>
    <message>
        <source>SQLite database file, or :memory: (default).</source>
        <translation>Файл базы данных SQLite или :memory: (по умолчанию).</translation>
    </message>
    <message>
        <source>Data for a new, empty database: &quot;demo&quot; or a fixture JSON file (docs/fixture-format.md).</source>
        <translation>Данные для новой пустой базы: «demo» или JSON-файл фикстуры (docs/fixture-format.md).</translation>
    </message>
    <message>
        <source>Serve /api/v1/_sandbox/faults (fault injection for tests).</source>
        <translation>Включить /api/v1/_sandbox/faults (имитация сбоев для тестов).</translation>
    </message>
    <message>
        <source>Answer 429 to a token above N requests per second (default: no limit).</source>
        <translation>Отвечать 429, если с одним токеном приходит больше N запросов в секунду (по умолчанию без ограничения).</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (см. --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Лишний аргумент «%1» (см. --help).</translation>
    </message>
    <message>
        <source>--listen wants host:port, such as 127.0.0.1:0; got &quot;%1&quot;.</source>
        <translation>--listen ожидает host:port, например 127.0.0.1:0; получено «%1».</translation>
    </message>
    <message>
        <source>--db wants a file name or :memory:.</source>
        <translation>--db ожидает имя файла или :memory:.</translation>
    </message>
    <message>
        <source>--fixture wants &quot;demo&quot; or an existing fixture file; &quot;%1&quot; is neither.</source>
        <translation>--fixture ожидает «demo» или существующий файл фикстуры; «%1» — ни то ни другое.</translation>
    </message>
    <message>
        <source>--rate-limit wants a whole number of requests per second from 1 to 100000; got &quot;%1&quot;.</source>
        <translation>--rate-limit ожидает целое число запросов в секунду от 1 до 100000; получено «%1».</translation>
    </message>
    <message>
        <source>Listening on %1, reachable from other machines; the demo tokens are public. Use 127.0.0.1 unless you need that.</source>
        <translation>Сервер слушает %1 и доступен с других компьютеров, а демонстрационные токены общеизвестны. Если это не нужно, используйте 127.0.0.1.</translation>
    </message>
    <message>
        <source>A fault needs at least one of latency_ms, status, drop_connection, drop_after_apply or malformed_body.</source>
        <translation>В правиле сбоя нужно указать хотя бы одно из полей: latency_ms, status, drop_connection, drop_after_apply или malformed_body.</translation>
    </message>
    <message>
        <source>drop_after_apply serves the request and sends no answer, so it cannot be combined with status, drop_connection or malformed_body.</source>
        <translation>drop_after_apply выполняет запрос и не отправляет ответ, поэтому его нельзя сочетать с status, drop_connection или malformed_body.</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on %1:%2.</source>
        <translation>Не удаётся принимать HTTP-запросы на %1:%2.</translation>
    </message>
    <message>
        <source>Login links exist only for English accounts; a math account cannot get one. Use the linked English account.</source>
        <translation>Ссылки-логинеры бывают только у аккаунтов английского; для аккаунта математики её создать нельзя. Используйте связанный аккаунт английского.</translation>
    </message>
    <message>
        <source>Login links are switched off for this account.</source>
        <translation>Для этого аккаунта ссылки-логинеры отключены.</translation>
    </message>
    <message>
        <source>%1 is already merging these accounts (operation %2). Wait until that merge is finished or abandoned.</source>
        <translation>%1 уже объединяет эти аккаунты (операция %2). Дождитесь, пока это объединение завершится или будет прервано.</translation>
    </message>
    <message>
        <source>operation_id must be 1 to 100 letters, digits or . _ : -</source>
        <translation>Поле operation_id должно содержать от 1 до 100 символов: буквы, цифры или . _ : -</translation>
    </message>
    <message>
        <source>%1 must be the id of an existing account.</source>
        <translation>Поле %1 должно содержать id существующего аккаунта.</translation>
    </message>
    <message>
        <source>The operation %1 is already registered for other accounts. Use a new operation id.</source>
        <translation>Операция %1 уже зарегистрирована для других аккаунтов. Используйте новый id операции.</translation>
    </message>
    <message>
        <source>The source and the target must be different accounts.</source>
        <translation>Исходный и целевой аккаунты должны быть разными.</translation>
    </message>
    <message>
        <source>Account %1 is not a KIDS account: only KIDS accounts can be merged this way.</source>
        <translation>Аккаунт %1 не относится к KIDS: так можно объединять только аккаунты KIDS.</translation>
    </message>
    <message>
        <source>The target must be the same student&apos;s account in the same subject as the source.</source>
        <translation>Целевой аккаунт должен принадлежать тому же ученику и относиться к тому же предмету, что и исходный.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the merge you read, so that no one else&apos;s change is overwritten.</source>
        <translation>Передайте заголовок If-Match с ETag прочитанного вами объединения, чтобы не затереть чужие изменения.</translation>
    </message>
    <message>
        <source>The merge was changed since you read it. Reload it and apply your change again.</source>
        <translation>Объединение изменилось после того, как вы его прочитали. Загрузите его заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>The merge %1 is already %2 and cannot change any more.</source>
        <translation>Объединение %1 уже в статусе %2 и больше не может изменяться.</translation>
    </message>
    <message>
        <source>completed_steps must be a list of at most %1 different step ids such as &quot;move-intro-lesson&quot;.</source>
        <translation>Поле completed_steps должно быть списком не более чем из %1 разных id шагов, например «move-intro-lesson».</translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: status, completed_steps.</source>
        <translation>Поле %1 здесь изменить нельзя. Можно изменить: status, completed_steps.</translation>
    </message>
    <message>
        <source>duplicate_of must be the id of an existing request.</source>
        <translation>Поле duplicate_of должно содержать id существующей заявки.</translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Заявка не может быть дублем самой себя.</translation>
    </message>
    <message>
        <source>A request marked with duplicate_of gets the status duplicate; leave status out or send duplicate.</source>
        <translation>Заявка с полем duplicate_of получает статус duplicate: не передавайте status или передайте значение duplicate.</translation>
    </message>
    <message>
        <source>A request marked with duplicate_of is a duplicate; leave is_duplicate out or send true.</source>
        <translation>Заявка с полем duplicate_of считается дублем: не передавайте is_duplicate или передайте true.</translation>
    </message>
    <message>
        <source>account_id must be an account id (digits).</source>
        <translation>Параметр account_id должен содержать id аккаунта (только цифры).</translation>
    </message>
    <message>
        <source>%1 is not a field of a lesson. Fields: %2.</source>
        <translation>У урока нет поля %1. Поля урока: %2.</translation>
    </message>
    <message>
        <source>account_id must be the id of an existing account.</source>
        <translation>Поле account_id должно содержать id существующего аккаунта.</translation>
    </message>
    <message>
        <source>kind must be intro: methodists give intro lessons only.</source>
        <translation>Поле kind должно иметь значение intro: методисты проводят только вводные уроки.</translation>
    </message>
    <message>
        <source>starts_at must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00.000Z.</source>
        <translation>Поле starts_at должно содержать дату и время в формате ISO 8601, например 2030-01-15T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>Lessons with a teacher are already scheduled for account %1, so no lesson can be added for a methodist. Move the intro lesson before the schedule and the teacher.</source>
        <translation>Для аккаунта %1 уже назначены уроки с преподавателем, поэтому добавить урок методисту нельзя. Переносите вводный урок раньше графика и преподавателя.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the lesson you read, so that no one else&apos;s change is overwritten.</source>
        <translation>Передайте заголовок If-Match с ETag прочитанного вами урока, чтобы не затереть чужие изменения.</translation>
    </message>
    <message>
        <source>The lesson was changed since you read it. Reload the timetable and try again.</source>
        <translation>Урок изменился после того, как вы его прочитали. Загрузите расписание заново и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Changeable: status.</source>
        <translation>Поле %1 здесь изменить нельзя. Можно изменить: status.</translation>
    </message>
    <message numerus="yes">
        <source>The target account %1 is not empty: %Ln lesson(s) taken there. Only an empty account can receive a merge.</source>
        <translation>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройден %Ln урок. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройдено %Ln урока. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройдено %Ln уроков. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be text of 1 to %2 characters.</source>
        <translation>Поле %1 должно содержать текст длиной от 1 до %2 символов.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of the schedule you read, so that no one else&apos;s change is overwritten.</source>
        <translation>Передайте заголовок If-Match с ETag прочитанного вами графика, чтобы не затереть чужие изменения.</translation>
    </message>
    <message>
        <source>The schedule was changed since you read it. Reload it and try again.</source>
        <translation>График изменился после того, как вы его прочитали. Загрузите его заново и повторите попытку.</translation>
    </message>
    <message>
        <source>Account %1 has no schedule to delete.</source>
        <translation>У аккаунта %1 нет графика — удалять нечего.</translation>
    </message>
    <message>
        <source>slots must be a list of 1 to %1 lessons a week, each {&quot;weekday&quot;: 1-7, &quot;time&quot;: &quot;HH:MM&quot;}.</source>
        <translation>Поле slots должно содержать список уроков в неделю (от 1 до %1), каждый в виде {&quot;weekday&quot;: 1-7, &quot;time&quot;: &quot;ЧЧ:ММ&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>Элемент %1 должен быть объектом.</translation>
    </message>
    <message>
        <source>weekday must be a whole number from 1 (Monday) to 7 (Sunday).</source>
        <translation>Поле weekday должно быть целым числом от 1 (понедельник) до 7 (воскресенье).</translation>
    </message>
    <message>
        <source>time must be a time of day as HH:MM, e.g. 17:30.</source>
        <translation>Поле time должно содержать время суток в формате ЧЧ:ММ, например 17:30.</translation>
    </message>
    <message>
        <source>duration_min must be a whole number of minutes from 1 to %1.</source>
        <translation>Поле duration_min должно содержать длительность в минутах — целое число от 1 до %1.</translation>
    </message>
    <message>
        <source>%1 repeats a lesson already in the list.</source>
        <translation>Элемент %1 повторяет урок, который уже есть в списке.</translation>
    </message>
    <message>
        <source>teacher_id must be the id of a teacher.</source>
        <translation>Поле teacher_id должно содержать id преподавателя.</translation>
    </message>
    <message>
        <source>Paid lessons move between two different accounts.</source>
        <translation>Оплаченные уроки можно переносить только между двумя разными аккаунтами.</translation>
    </message>
    <message>
        <source>Paid lessons move only between accounts of the same student.</source>
        <translation>Оплаченные уроки можно переносить только между аккаунтами одного и того же ученика.</translation>
    </message>
    <message>
        <source>lessons must be a whole number from 1 to %1.</source>
        <translation>Поле lessons должно быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>Account %1 has %2 paid lessons; %3 cannot be moved.</source>
        <translation>Оплаченных уроков в аккаунте %1: %2 — перенести %3 нельзя.</translation>
    </message>
    <message>
        <source>email must be an e-mail address such as name@example.org (at most 254 characters).</source>
        <translation>Поле email должно содержать адрес электронной почты, например name@example.org (не длиннее 254 символов).</translation>
    </message>
    <message>
        <source>phone must be a phone number of 10 to 15 digits, e.g. +7 499 123-45-67.</source>
        <translation>Поле phone должно содержать номер телефона из 10–15 цифр, например +7 499 123-45-67.</translation>
    </message>
    <message>
        <source>child_name must be the child&apos;s name (1 to %1 characters).</source>
        <translation>Поле child_name должно содержать имя ребёнка (от 1 до %1 символов).</translation>
    </message>
    <message>
        <source>Account %1 is not a KIDS account: requests are created here only for the children&apos;s product.</source>
        <translation>Аккаунт %1 не относится к KIDS: здесь заявки создаются только для детского продукта.</translation>
    </message>
    <message>
        <source>child_name is not the child of account %1. Select the right child.</source>
        <translation>В поле child_name указан ребёнок, который не относится к аккаунту %1. Выберите правильного ребёнка.</translation>
    </message>
    <message>
        <source>Account %1 already has the open request %2. Put the information into it instead of creating another.</source>
        <translation>У аккаунта %1 уже есть открытая заявка №%2. Внесите информацию в неё, а не создавайте новую.</translation>
    </message>
    <message>
        <source>text must be a comment of 1 to %1 characters.</source>
        <translation>Поле text должно содержать комментарий длиной от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>Accounts %1 and %2 were already merged (operation %3).</source>
        <translation>Аккаунты %1 и %2 уже объединены (операция %3).</translation>
    </message>
    <message>
        <source>Mark a duplicate with duplicate_of, the request it duplicates; is_duplicate follows from it.</source>
        <translation>Чтобы отметить дубль, укажите duplicate_of — заявку, которую он дублирует; is_duplicate выставится сам.</translation>
    </message>
    <message>
        <source>Mark a duplicate with duplicate_of, the request it duplicates; the status follows from it.</source>
        <translation>Чтобы отметить дубль, укажите duplicate_of — заявку, которую он дублирует; статус выставится сам.</translation>
    </message>
    <message>
        <source>This request is marked as a duplicate of another one; its status stays duplicate.</source>
        <translation>Эта заявка отмечена как дубль другой заявки; её статус остаётся «дубль».</translation>
    </message>
    <message>
        <source>%1 is not a field here. Fields: %2.</source>
        <translation>Поля %1 здесь нет. Допустимые поля: %2.</translation>
    </message>
    <message>
        <source>account_id is required: the account whose merge lock to show.</source>
        <translation>Укажите параметр account_id — аккаунт, для которого нужно показать блокировку объединения.</translation>
    </message>
    <message>
        <source>Account %1 is locked by a merge: %2 is merging it (operation %3), and until that merge is finished or abandoned only they can change it. Try again later, or ask a team lead to abandon the merge.</source>
        <translation>Аккаунт %1 заблокирован объединением: его объединяет %2 (операция %3), и пока это объединение не завершено или не прервано, изменять аккаунт может только этот сотрудник. Повторите попытку позже или попросите руководителя группы прервать объединение.</translation>
    </message>
    <message>
        <source>%1 is not a parameter here. Parameters: %2.</source>
        <translation>Параметра %1 здесь нет. Допустимые параметры: %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Параметр %1 обязателен.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string of at most %2 characters.</source>
        <translation>Параметр %1 должен быть непустой строкой длиной не более %2 символов.</translation>
    </message>
    <message>
        <source>%1 must be a date and time written as YYYY-MM-DD HH:MM:SS.</source>
        <translation>Параметр %1 должен содержать дату и время в формате ГГГГ-ММ-ДД ЧЧ:ММ:СС.</translation>
    </message>
    <message>
        <source>%1 must be an array of %2 to %3 items.</source>
        <translation>Параметр %1 должен быть массивом, в котором от %2 до %3 элементов.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>Значение %1 должно быть %2.</translation>
    </message>
    <message>
        <source>%1: the stage ext_id %2 is used twice in this funnel.</source>
        <translation>%1: ext_id этапа %2 встречается в этой воронке дважды.</translation>
    </message>
    <message>
        <source>%1: the order %2 is used twice in this funnel.</source>
        <translation>%1: порядковый номер %2 встречается в этой воронке дважды.</translation>
    </message>
    <message>
        <source>filter.field must be ext_id or name.</source>
        <translation>Параметр filter.field должен иметь значение ext_id или name.</translation>
    </message>
    <message>
        <source>filter.operator must be &quot;=&quot;.</source>
        <translation>Параметр filter.operator должен иметь значение «=».</translation>
    </message>
    <message>
        <source>a phone number of 5 to 15 digits, such as 79000000000</source>
        <translation>номером телефона из 5–15 цифр, например 79000000000</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>адресом электронной почты</translation>
    </message>
    <message>
        <source>%1: the contact %2 is twice in this call.</source>
        <translation>%1: контакт %2 встречается в этом запросе дважды.</translation>
    </message>
    <message>
        <source>a contact&apos;s ext_id</source>
        <translation>ext_id контакта</translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more.</source>
        <translation>Параметр %1 должен быть числом не меньше 0.</translation>
    </message>
    <message>
        <source>There is no sales funnel %1; create it with create.sales_funnel first.</source>
        <translation>Воронки продаж %1 нет: сначала создайте её методом create.sales_funnel.</translation>
    </message>
    <message>
        <source>The sales funnel %1 has no stage %2.</source>
        <translation>В воронке продаж %1 нет этапа %2.</translation>
    </message>
    <message>
        <source>There is no employee %1; create it with create.deal_employees first.</source>
        <translation>Сотрудника %1 нет: сначала создайте его методом create.deal_employees.</translation>
    </message>
    <message>
        <source>There is no contact %1; create it with create.deal_contacts first.</source>
        <translation>Контакта %1 нет: сначала создайте его методом create.deal_contacts.</translation>
    </message>
    <message>
        <source>main_contact_ext_id %1 must be one of contact_ext_ids.</source>
        <translation>Значение main_contact_ext_id (%1) должно входить в contact_ext_ids.</translation>
    </message>
    <message>
        <source>This is not a JSON-RPC 2.0 request: %1</source>
        <translation>Это не запрос JSON-RPC 2.0: %1</translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation>запрос должен быть объектом.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string, a number or null.</source>
        <translation>поле «id» должно быть строкой, числом или null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of a request.</source>
        <translation>поле «%1» в запросе не предусмотрено.</translation>
    </message>
    <message>
        <source>&quot;jsonrpc&quot; must be &quot;2.0&quot;.</source>
        <translation>поле «jsonrpc» должно иметь значение «2.0».</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a string.</source>
        <translation>поле «method» должно быть строкой.</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be an object or an array.</source>
        <translation>поле «params» должно быть объектом или массивом.</translation>
    </message>
    <message>
        <source>There is no method &quot;%1&quot;. Methods: %2.</source>
        <translation>Метода «%1» нет. Доступные методы: %2.</translation>
    </message>
    <message>
        <source>params must be an object with named parameters, not an array.</source>
        <translation>Поле params должно быть объектом с именованными параметрами, а не массивом.</translation>
    </message>
    <message>
        <source>A batch must hold 1 to %1 requests.</source>
        <translation>Пакет должен содержать от 1 до %1 запросов.</translation>
    </message>
    <message>
        <source>params.access_token is missing or unknown. Send the token of a CRM user.</source>
        <translation>params.access_token не указан или неизвестен. Передайте токен пользователя CRM.</translation>
    </message>
    <message>
        <source>The limit of %1 calls a day is used up. Try again in %2 s.</source>
        <translation>Лимит запросов в сутки (%1) исчерпан. Повторите попытку через %2 с.</translation>
    </message>
    <message>
        <source>The limit of %1 calls a minute is used up. Try again in %2 s.</source>
        <translation>Лимит запросов в минуту (%1) исчерпан. Повторите попытку через %2 с.</translation>
    </message>
    <message>
        <source>stage_id must be a stage of the deal&apos;s funnel %1 (GET /api/v1/funnels).</source>
        <translation>Поле stage_id должно содержать этап воронки %1, в которой находится сделка (GET /api/v1/funnels).</translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks from 0 to %1 (the total after discounts).</source>
        <translation>Поле amount_kopecks должно быть целым числом копеек от 0 до %1 (итоговая сумма с учётом скидок).</translation>
    </message>
    <message>
        <source>Deal %1 has no call-tracking record: it did not come from a tracked call or site form.</source>
        <translation>У сделки %1 нет записи коллтрекинга: она появилась не из отслеживаемого звонка и не из формы на сайте.</translation>
    </message>
    <message>
        <source>Lead %1 is taken by %2. Only they (or a team lead) can work on it; pick another lead from the free queue.</source>
        <translation>Лид %1 ведёт %2. Работать с ним может только этот сотрудник (или руководитель группы); выберите другой лид из очереди свободных лидов.</translation>
    </message>
    <message>
        <source>Lead %1 is a logged duplicate of an existing deal: it cannot be taken or worked on. Open that deal instead.</source>
        <translation>Лид %1 записан как дубль существующей сделки: его нельзя взять в работу или обрабатывать. Откройте саму сделку.</translation>
    </message>
    <message>
        <source>Lead %1 is free: nobody has taken it. Take it first.</source>
        <translation>Лид %1 свободен: его ещё никто не взял. Сначала возьмите его в работу.</translation>
    </message>
    <message>
        <source>queue must be one of: %1.</source>
        <translation>Параметр queue должен иметь одно из значений: %1.</translation>
    </message>
    <message>
        <source>Only team leads and administrators see every agent&apos;s leads. Use queue=free or queue=mine.</source>
        <translation>Лиды всех операторов видят только руководители групп и администраторы. Используйте queue=free или queue=mine.</translation>
    </message>
    <message>
        <source>q must be 1 to %1 characters of text to search names, e-mails and phone numbers for.</source>
        <translation>Параметр q — текст для поиска по именам, адресам e-mail и номерам телефонов — должен содержать от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>after must be a sequence number (digits), the last_seq of the previous answer, or 0.</source>
        <translation>Параметр after должен содержать порядковый номер (цифры) — last_seq из предыдущего ответа — или 0.</translation>
    </message>
    <message>
        <source>text must be 1 to %1 characters, not only blanks.</source>
        <translation>Поле text должно содержать от 1 до %1 символов и не состоять из одних пробелов.</translation>
    </message>
    <message>
        <source>Duplicate of deal %1</source>
        <translation>Дубль сделки %1</translation>
    </message>
    <message>
        <source>Call the client back: they called again from %1 (lead %2).</source>
        <translation>Перезвоните клиенту: он снова позвонил с номера %1 (лид %2).</translation>
    </message>
    <message>
        <source>Contact the client: they sent the site form again from %1 (lead %2).</source>
        <translation>Свяжитесь с клиентом: он снова отправил форму на сайте, контакт: %1 (лид %2).</translation>
    </message>
    <message>
        <source>The client called again from %1 (lead %2); no new deal was created.</source>
        <translation>Клиент снова позвонил с номера %1 (лид %2); новая сделка не создана.</translation>
    </message>
    <message>
        <source>The client sent the site form again from %1 (lead %2); no new deal was created.</source>
        <translation>Клиент снова отправил форму на сайте, контакт: %1 (лид %2); новая сделка не создана.</translation>
    </message>
    <message>
        <source>there is no funnel for new deals</source>
        <translation>нет воронки для новых сделок</translation>
    </message>
    <message>
        <source>funnel %1 has no in-process stage for new deals</source>
        <translation>в воронке %1 нет промежуточного этапа для новых сделок</translation>
    </message>
    <message>
        <source>%1 %2 was received already as lead %3. Resend it with the same Idempotency-Key to get that answer again.</source>
        <translation>Лид с %1 %2 уже получен ранее — это лид %3. Чтобы снова получить тот же ответ, повторите запрос с тем же Idempotency-Key.</translation>
    </message>
    <message>
        <source>This webhook takes %1 leads only; leave type out or send &quot;%1&quot;.</source>
        <translation>Этот вебхук принимает только лиды типа «%1»: не передавайте type или передайте значение «%1».</translation>
    </message>
    <message>
        <source>type must be &quot;call&quot; or &quot;form&quot;.</source>
        <translation>Поле type должно иметь значение «call» или «form».</translation>
    </message>
    <message>
        <source>duplicates must be an object: by_phone, by_email, period_days, only_in_processing, action.</source>
        <translation>Поле duplicates должно быть объектом с полями by_phone, by_email, period_days, only_in_processing, action.</translation>
    </message>
    <message>
        <source>status_groups must be an object mapping each CRM order status to not_counted, in_work, paid or cancelled.</source>
        <translation>Поле status_groups должно быть объектом, в котором каждому статусу заказа CRM сопоставлено значение not_counted, in_work, paid или cancelled.</translation>
    </message>
    <message>
        <source>%1 is not a CRM order status. Statuses: %2.</source>
        <translation>%1 не является статусом заказа CRM. Допустимые статусы: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the lead data: %1</source>
        <translation>Не удаётся подготовить данные лида: %1</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag of what you read, so that no one else&apos;s change is overwritten.</source>
        <translation>Передайте заголовок If-Match с ETag прочитанных вами данных, чтобы не затереть чужие изменения.</translation>
    </message>
    <message>
        <source>This was changed by someone else since you read it. Reload it and apply your change again.</source>
        <translation>Эти данные изменил кто-то другой после того, как вы их прочитали. Загрузите их заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>Call limits of the analytics endpoint (POST /api/v1/analytics/rpc) per minute and per day (default 200/3500).</source>
        <translation>Лимиты запросов к эндпоинту аналитики (POST /api/v1/analytics/rpc) в минуту и в сутки (по умолчанию 200/3500).</translation>
    </message>
    <message>
        <source>Length of the analytics endpoint&apos;s per-minute window in seconds (default 60; tests shorten it).</source>
        <translation>Длина окна лимита в минуту для эндпоинта аналитики, в секундах (по умолчанию 60; в тестах её сокращают).</translation>
    </message>
    <message>
        <source>Length of the analytics endpoint&apos;s per-day window in seconds (default 86400; tests shorten it).</source>
        <translation>Длина окна лимита в сутки для эндпоинта аналитики, в секундах (по умолчанию 86400; в тестах её сокращают).</translation>
    </message>
    <message>
        <source>--analytics-limits wants PER_MINUTE/PER_DAY, two whole numbers from 1 to 1000000 such as 200/3500; got &quot;%1&quot;.</source>
        <translation>--analytics-limits ожидает PER_MINUTE/PER_DAY — два целых числа от 1 до 1000000, например 200/3500; получено «%1».</translation>
    </message>
    <message>
        <source>--%1 wants a whole number of seconds from 1 to 10000000; got &quot;%2&quot;.</source>
        <translation>--%1 ожидает целое число секунд от 1 до 10000000; получено «%2».</translation>
    </message>
    <message>
        <source>Send either advance_days (whole days forward) or now (an ISO 8601 time), not both.</source>
        <translation>Передайте либо advance_days (на сколько целых дней перевести часы вперёд), либо now (время в формате ISO 8601), но не оба поля сразу.</translation>
    </message>
    <message>
        <source>advance_days must be a whole number from 0 to %1.</source>
        <translation>Поле advance_days должно быть целым числом от 0 до %1.</translation>
    </message>
    <message>
        <source>now must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00Z.</source>
        <translation>Поле now должно содержать дату и время в формате ISO 8601, например 2030-01-15T12:00:00Z.</translation>
    </message>
    <message>
        <source>The sandbox clock only moves forward; it is already %1.</source>
        <translation>Часы песочницы можно переводить только вперёд; сейчас на них уже %1.</translation>
    </message>
    <message>
        <source>comment must be text (an empty text clears it).</source>
        <translation>Поле comment должно быть текстом (пустой текст удаляет комментарий).</translation>
    </message>
    <message>
        <source>comment must be at most %1 characters; this one has %2.</source>
        <translation>Поле comment должно содержать не более %1 символов, а в переданном — %2.</translation>
    </message>
    <message>
        <source>Send either ids (the notifications to mark read) or &quot;all&quot;: true, not both.</source>
        <translation>Передайте либо ids (уведомления, которые нужно отметить прочитанными), либо &quot;all&quot;: true, но не оба поля сразу.</translation>
    </message>
    <message>
        <source>all must be true; to mark some notifications read, send their ids.</source>
        <translation>Поле all может иметь только значение true; чтобы отметить прочитанными отдельные уведомления, передайте их id.</translation>
    </message>
    <message>
        <source>ids must list 1 to %1 notification ids.</source>
        <translation>Поле ids должно содержать от 1 до %1 id уведомлений.</translation>
    </message>
    <message>
        <source>%1 is not the id of a notification (GET /api/v1/partner/notifications).</source>
        <translation>%1 не является id уведомления (GET /api/v1/partner/notifications).</translation>
    </message>
    <message>
        <source>Line %1 has no “%2” channel. Its channels: %3.</source>
        <translation>В линии %1 нет канала «%2». Каналы линии: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>connected must be true or false.</source>
        <translation>Поле connected должно иметь значение true или false.</translation>
    </message>
    <message>
        <source>payment_method must be card or invoice.</source>
        <translation>Поле payment_method должно иметь значение card или invoice.</translation>
    </message>
    <message>
        <source>project must be text of at most %1 characters (empty: the client&apos;s project).</source>
        <translation>Поле project должно содержать текст длиной не более %1 символов (пустое значение — проект клиента).</translation>
    </message>
    <message>
        <source>The platform has no “%1” channel. Channels: %2.</source>
        <translation>На платформе нет канала «%1». Доступные каналы: %2.</translation>
    </message>
    <message>
        <source>%1 names no channel: give at least one channel a count of 1 or more.</source>
        <translation>В поле %1 не указан ни один канал: задайте хотя бы одному каналу количество 1 или больше.</translation>
    </message>
    <message>
        <source>A line holds at most %1 channels; this would make %2.</source>
        <translation>В линии может быть не более %1 каналов, а получилось бы %2.</translation>
    </message>
    <message>
        <source>client_id must be the id of one of the partner&apos;s clients (GET /api/v1/partner/clients).</source>
        <translation>Поле client_id должно содержать id одного из клиентов партнёра (GET /api/v1/partner/clients).</translation>
    </message>
    <message>
        <source>There is no partner client %1 (see GET /api/v1/partner/clients).</source>
        <translation>У партнёра нет клиента %1 (см. GET /api/v1/partner/clients).</translation>
    </message>
    <message>
        <source>One order buys at most %1 lines; this one asks for %2. Split it into several orders.</source>
        <translation>В одном заказе можно купить не более %1 линий, а в этом запрошено %2. Разбейте его на несколько заказов.</translation>
    </message>
    <message>
        <source>The ChatCoins package “%1” does not say how many coins it holds (expected an id such as cc-1000).</source>
        <translation>В пакете ChatCoins «%1» не указано количество монет (ожидается id вида cc-1000).</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
    <message>
        <source>line_ids must list the ids of the lines to renew (1 to %1 of them).</source>
        <translation>Поле line_ids должно содержать id продлеваемых линий (от 1 до %1).</translation>
    </message>
    <message>
        <source>%1 must be a line id (a whole number).</source>
        <translation>Поле %1 должно содержать id линии (целое число).</translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation>Линия %1 указана дважды.</translation>
    </message>
    <message>
        <source>There is no line %1.</source>
        <translation>Линии %1 нет.</translation>
    </message>
    <message>
        <source>%1 is the NFR line: it is renewed free when a client paid in its last 2 months, never bought.</source>
        <translation>%1 — NFR-линия: её нельзя купить, она продлевается бесплатно, если клиент совершил оплату в последние 2 месяца её срока.</translation>
    </message>
    <message>
        <source>line_id must be the id of the line to add channels to.</source>
        <translation>Поле line_id должно содержать id линии, в которую добавляются каналы.</translation>
    </message>
    <message>
        <source>%1 is the NFR line: it already has every channel and is not for sale.</source>
        <translation>%1 — NFR-линия: в ней уже есть все каналы, и она не продаётся.</translation>
    </message>
    <message>
        <source>kind must be one of: buy, renew, add_channels.</source>
        <translation>Поле kind должно иметь одно из значений: buy, renew, add_channels.</translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks from 1 to %1.</source>
        <translation>Поле amount_kopecks должно быть целым числом копеек от 1 до %1.</translation>
    </message>
    <message>
        <source>paid_at must be a date and time in ISO 8601, e.g. 2030-01-15T12:00:00Z.</source>
        <translation>Поле paid_at должно содержать дату и время в формате ISO 8601, например 2030-01-15T12:00:00Z.</translation>
    </message>
    <message>
        <source>paid_at is later than now (%1): a payment cannot be reported before it is made.</source>
        <translation>Значение paid_at позже текущего момента (%1): нельзя сообщить о платеже раньше, чем он совершён.</translation>
    </message>
    <message>
        <source>currency must be given: RUB (the reward is paid out in rubles only).</source>
        <translation>Укажите поле currency: RUB (вознаграждение выплачивается только в рублях).</translation>
    </message>
    <message>
        <source>amount_kopecks must be a whole number of kopecks, e.g. 500000 for 5 000 ₽.</source>
        <translation>Поле amount_kopecks должно быть целым числом копеек, например 500000 для 5 000 ₽.</translation>
    </message>
    <message>
        <source>granted must be true (the client gave the partner access to its cabinet) or false (it withdrew it).</source>
        <translation>granted должно быть true (клиент дал партнёру доступ к своему кабинету) или false (клиент его отозвал).</translation>
    </message>
    <message>
        <source>new_lines must be an object: {&quot;months&quot;, &quot;lines&quot;, &quot;chatcoins_package&quot;}, or null.</source>
        <translation>new_lines должно быть объектом {&quot;months&quot;, &quot;lines&quot;, &quot;chatcoins_package&quot;} или null.</translation>
    </message>
    <message>
        <source>with_total must be true or false.</source>
        <translation>Параметр with_total должен иметь значение true или false.</translation>
    </message>
    <message>
        <source>order must be seq (the chain&apos;s order) or grouped (by operation, newest first).</source>
        <translation>Параметр order должен иметь значение seq (порядок цепочки) или grouped (по операциям, сначала новые).</translation>
    </message>
    <message>
        <source>order=grouped pages by offset, not by cursor.</source>
        <translation>При order=grouped страницы листаются через offset, а не через cursor.</translation>
    </message>
    <message>
        <source>order=seq pages by cursor, not by offset.</source>
        <translation>При order=seq страницы листаются через cursor, а не через offset.</translation>
    </message>
    <message>
        <source>offset must be a whole number from 0.</source>
        <translation>Параметр offset должен быть целым неотрицательным числом.</translation>
    </message>
    <message>
        <source>The activity chart needs a range: from and to.</source>
        <translation>Для графика активности нужен диапазон: from и to.</translation>
    </message>
    <message>
        <source>The activity chart covers at most %1 days.</source>
        <translation>График активности охватывает не более %1 дней.</translation>
    </message>
    <message>
        <source>utc_offset_minutes must be a whole number from -720 to 840.</source>
        <translation>Параметр utc_offset_minutes должен быть целым числом от -720 до 840.</translation>
    </message>
    <message>
        <source>Audit retention is off: start the sandbox with --audit-retention-days.</source>
        <translation>Архивация журнала аудита по сроку хранения отключена: запустите песочницу с параметром --audit-retention-days.</translation>
    </message>
    <message>
        <source>Audit retention failed: %1</source>
        <translation>Ошибка архивации журнала аудита по сроку хранения: %1</translation>
    </message>
    <message>
        <source>%1 must be a date (2026-11-22) or a date and time with its zone (2026-11-22T09:30:00Z), and to must be after from.</source>
        <translation>Параметр %1 должен содержать дату (2026-11-22) или дату и время с часовым поясом (2026-11-22T09:30:00Z), причём to должен быть позже from.</translation>
    </message>
    <message>
        <source>action must be an action id, or a prefix ending in &quot;.*&quot; such as merge.*.</source>
        <translation>Параметр action должен содержать идентификатор действия или префикс, оканчивающийся на «.*», например merge.*.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters.</source>
        <translation>Параметр %1 должен быть не длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Audit retention needs an archive directory (--audit-archive-dir) when the database is in memory.</source>
        <translation>Если база данных находится в памяти, для архивации журнала аудита нужен каталог архива (--audit-archive-dir).</translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln audit event(s) to %1.</source>
        <translation>
            <numerusform>%Ln событие журнала аудита перенесено в архив %1.</numerusform>
            <numerusform>%Ln события журнала аудита перенесены в архив %1.</numerusform>
            <numerusform>%Ln событий журнала аудита перенесено в архив %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive audit events received more than N days ago (default: keep them all).</source>
        <translation>Переносить в архив события журнала аудита, полученные более N дней назад (по умолчанию хранятся все).</translation>
    </message>
    <message>
        <source>Where archived audit events go (default: DATABASE-audit-archive beside the database file).</source>
        <translation>Каталог для архивированных событий журнала аудита (по умолчанию DATABASE-audit-archive рядом с файлом базы данных).</translation>
    </message>
    <message>
        <source>--audit-retention-days wants a whole number of days from 1 to 36500; got &quot;%1&quot;.</source>
        <translation>--audit-retention-days ожидает целое число дней от 1 до 36500; получено «%1».</translation>
    </message>
    <message>
        <source>--audit-archive-dir needs --audit-retention-days.</source>
        <translation>--audit-archive-dir работает только вместе с --audit-retention-days.</translation>
    </message>
    <message>
        <source>until_seq must be a whole number from 0: the as_of_seq of the listing&apos;s first page.</source>
        <translation>Параметр until_seq должен быть целым числом от 0 — значением as_of_seq с первой страницы списка.</translation>
    </message>
    <message>
        <source>text must be at least %1 characters long.</source>
        <translation>Параметр text должен содержать не меньше %1 символов.</translation>
    </message>
</context>
<context>
    <name>opc::secrets::TokenStore</name>
    <message>
        <source>The system keyring is not available: it is locked, or no keyring service is running. Unlock your keyring (or start your desktop&apos;s keyring service) and try again. Until then the token is kept in memory for this session only.</source>
        <translation>Системное хранилище паролей недоступно: оно заблокировано или его служба не запущена. Разблокируйте хранилище паролей (или запустите его службу в своём рабочем окружении) и повторите попытку. До тех пор токен хранится в памяти только на время этого сеанса.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the token. Try again; if it keeps failing, the token is kept in memory for this session only.</source>
        <translation>Системное хранилище паролей отказалось сохранить токен. Повторите попытку; если ошибка повторится, токен будет храниться в памяти только на время этого сеанса.</translation>
    </message>
    <message>
        <source>The system keyring could not read the stored token. Sign in again with your token.</source>
        <translation>Не удалось прочитать сохранённый токен из системного хранилища паролей. Войдите снова, используя свой токен.</translation>
    </message>
    <message>
        <source>The system keyring could not delete the stored token. Remove the entry &quot;operator-console&quot; in your keyring manager if it is still there.</source>
        <translation>Не удалось удалить сохранённый токен из системного хранилища паролей. Если запись «operator-console» всё ещё есть в менеджере паролей, удалите её вручную.</translation>
    </message>
    <message>
        <source>No token is stored for this CRM. Sign in with your token.</source>
        <translation>Для этой CRM нет сохранённого токена. Войдите, используя свой токен.</translation>
    </message>
</context>
<context>
    <name>opc::storage</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Не удаётся прочитать версию схемы базы данных %1.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Update the program or use another database.</source>
        <translation>База данных %1 имеет версию схемы %2 — новее, чем известно этой программе (%3). Обновите программу или используйте другую базу данных.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Не удалось выполнить миграцию схемы %1: %2</translation>
    </message>
    <message>
        <source>Schema migration failed: %1</source>
        <translation>Не удалось выполнить миграцию схемы: %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Драйвер SQLite для Qt не установлен (пакет libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Не удаётся начать транзакцию в базе данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2.</source>
        <translation>Не удаётся создать папку %1 для базы данных %2.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AddChannelsDialog</name>
    <message numerus="yes">
        <source>%1 a month, about %2 for the %Ln day(s) left</source>
        <translation>
            <numerusform>%1 в месяц, около %2 за оставшийся %Ln день</numerusform>
            <numerusform>%1 в месяц, около %2 за оставшиеся %Ln дня</numerusform>
            <numerusform>%1 в месяц, около %2 за оставшиеся %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Add channels to %1</source>
        <translation>Добавление каналов: %1</translation>
    </message>
    <message>
        <source>Line %1 of %2 (%3), expires on %4.</source>
        <translation>Линия %1 клиента %2 (%3), действует до %4.</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left: added channels are paid for these days only, at the monthly price × days / 30. Paid channels cannot be removed.</source>
        <translation>
            <numerusform>Остался %Ln день: добавленные каналы оплачиваются только за оставшиеся дни, по формуле «месячная цена × дни / 30». Оплаченные каналы удалить нельзя.</numerusform>
            <numerusform>Осталось %Ln дня: добавленные каналы оплачиваются только за оставшиеся дни, по формуле «месячная цена × дни / 30». Оплаченные каналы удалить нельзя.</numerusform>
            <numerusform>Осталось %Ln дней: добавленные каналы оплачиваются только за оставшиеся дни, по формуле «месячная цена × дни / 30». Оплаченные каналы удалить нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the channels to add.</source>
        <translation>Выберите каналы, которые нужно добавить.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Also buy new lines</source>
        <translation>Также купить новые линии</translation>
    </message>
    <message>
        <source>%1 a month per line</source>
        <translation>%1 в месяц за линию</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>The project to attach the line to (optional)</source>
        <translation>Проект, к которому привязать линию (необязательно)</translation>
    </message>
    <message>
        <source>The project to attach the line to (empty: stays in %1)</source>
        <translation>Проект, к которому привязать линию (пусто — остаётся в %1)</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>New lines for %1 paid together with the channels: the personal channels of both count for the volume discount; the period discount applies to the new lines only.</source>
        <translation>Новые линии для %1 оплачиваются вместе с каналами: для скидки за объём учитываются личные каналы и тех и других; скидка за срок действует только на новые линии.</translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation>Срок в месяцах</translation>
    </message>
    <message>
        <source>6 months or more: 10 % off the new lines; 12 months or more: 20 % off.</source>
        <translation>От 6 месяцев — скидка 10 % на новые линии, от 12 месяцев — 20 %.</translation>
    </message>
    <message>
        <source>Number of new lines</source>
        <translation>Количество новых линий</translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation>&amp;Период, месяцев:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Количество &amp;линий:</translation>
    </message>
    <message>
        <source>Chat&amp;Coins:</source>
        <translation>Chat&amp;Coins:</translation>
    </message>
    <message>
        <source>Channels in every new line:</source>
        <translation>Каналы в каждой новой линии:</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Состав заказа</translation>
    </message>
    <message>
        <source>Line %1 (%2):</source>
        <translation>Линия %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 × %2 at %3 a month each, for %Ln day(s)</source>
        <translation>
            <numerusform>+ %1 × %2 по %3 в месяц за каждый, на %Ln день</numerusform>
            <numerusform>+ %1 × %2 по %3 в месяц за каждый, на %Ln дня</numerusform>
            <numerusform>+ %1 × %2 по %3 в месяц за каждый, на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>no channels chosen yet</source>
        <translation>каналы ещё не выбраны</translation>
    </message>
    <message numerus="yes">
        <source>New lines for %1: %2 × (%3) for %Ln month(s)</source>
        <translation>
            <numerusform>Новые линии для %1: %2 × (%3) на %Ln месяц</numerusform>
            <numerusform>Новые линии для %1: %2 × (%3) на %Ln месяца</numerusform>
            <numerusform>Новые линии для %1: %2 × (%3) на %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>ChatCoins: %1</source>
        <translation>ChatCoins: %1</translation>
    </message>
    <message>
        <source>Project of the line and the new lines: %1</source>
        <translation>Проект линии и новых линий: %1</translation>
    </message>
    <message>
        <source>Project of the line: %1</source>
        <translation>Проект линии: %1</translation>
    </message>
    <message>
        <source>Choose the channels every new line has.</source>
        <translation>Выберите, какие каналы будут в каждой новой линии.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AnalyticsExportView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>resets in %1</source>
        <translation>обновится через %1</translation>
    </message>
    <message>
        <source>has reset since</source>
        <translation>уже обновился</translation>
    </message>
    <message>
        <source>Analytics export</source>
        <translation>Выгрузка в аналитику</translation>
    </message>
    <message>
        <source>Sends the funnels, employees, contacts and deal history to the analytics service, only what changed since the last export, within the service&apos;s limits. An interrupted export goes on where it stopped; nothing is sent twice.</source>
        <translation>Отправляет в сервис аналитики воронки, сотрудников, контакты и историю сделок — только то, что изменилось с прошлой выгрузки, и в пределах лимитов сервиса. Прерванная выгрузка продолжается с того места, где остановилась; повторно ничего не отправляется.</translation>
    </message>
    <message>
        <source>Start the analytics export</source>
        <translation>Запустить выгрузку в аналитику</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Запустить выгрузку</translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation>Отправить всё заново</translation>
    </message>
    <message>
        <source>Send &amp;everything again</source>
        <translation>О&amp;тправить всё заново</translation>
    </message>
    <message>
        <source>Send every funnel, employee, contact and deal history record, not only what changed since the last export — for example after the analytics service lost what it had.</source>
        <translation>Отправить все воронки, всех сотрудников, все контакты и записи истории сделок, а не только то, что изменилось с прошлой выгрузки, — например, если сервис аналитики потерял полученные данные.</translation>
    </message>
    <message>
        <source>Export state</source>
        <translation>Состояние выгрузки</translation>
    </message>
    <message>
        <source>Calls sent</source>
        <translation>Отправлено запросов</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>пока ничего не отправлено</translation>
    </message>
    <message>
        <source>Items to send, by kind</source>
        <translation>Объекты для отправки по типам</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Calls a minute</source>
        <translation>Запросов в минуту</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Запросов в сутки</translation>
    </message>
    <message>
        <source>Calls used</source>
        <translation>Использовано запросов</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>Current wait</source>
        <translation>Текущее ожидание</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Результат выгрузки</translation>
    </message>
    <message>
        <source>Analytics service error</source>
        <translation>Ошибка сервиса аналитики</translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation>Сообщения о выгрузке</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Что отправляется</translation>
    </message>
    <message>
        <source>The analytics service&apos;s limits</source>
        <translation>Лимиты сервиса аналитики</translation>
    </message>
    <message>
        <source>Per minute:</source>
        <translation>В минуту:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>В сутки:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Использовано:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Осталось времени:</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Ожидание:</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Only team leads and admins export to analytics.</source>
        <translation>Выгружать данные в аналитику могут только руководители групп и администраторы.</translation>
    </message>
    <message>
        <source>&amp;Resume export</source>
        <translation>&amp;Продолжить выгрузку</translation>
    </message>
    <message>
        <source>Resume the interrupted analytics export</source>
        <translation>Продолжить прерванную выгрузку в аналитику</translation>
    </message>
    <message numerus="yes">
        <source>An earlier export was interrupted with %Ln call(s) left. Resume it to send them; nothing is sent twice.</source>
        <translation>
            <numerusform>Предыдущая выгрузка была прервана, остался %Ln запрос. Продолжите её, чтобы отправить его; повторно ничего не отправится.</numerusform>
            <numerusform>Предыдущая выгрузка была прервана, осталось %Ln запроса. Продолжите её, чтобы отправить их; повторно ничего не отправится.</numerusform>
            <numerusform>Предыдущая выгрузка была прервана, осталось %Ln запросов. Продолжите её, чтобы отправить их; повторно ничего не отправится.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted export goes on first; after it, everything can be sent again.</source>
        <translation>Сначала будет завершена прерванная выгрузка, после неё можно будет отправить всё заново.</translation>
    </message>
    <message numerus="yes">
        <source>Going on with the interrupted export: %Ln call(s) left.</source>
        <translation>
            <numerusform>Продолжается прерванная выгрузка: остался %Ln запрос.</numerusform>
            <numerusform>Продолжается прерванная выгрузка: осталось %Ln запроса.</numerusform>
            <numerusform>Продолжается прерванная выгрузка: осталось %Ln запросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) unchanged since the last export are not sent again.</source>
        <translation>
            <numerusform>%Ln объект не изменился с прошлой выгрузки и повторно не отправляется.</numerusform>
            <numerusform>%Ln объекта не изменились с прошлой выгрузки и повторно не отправляются.</numerusform>
            <numerusform>%Ln объектов не изменились с прошлой выгрузки и повторно не отправляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the CRM</source>
        <translation>чтение данных CRM</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>отправлять нечего</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) sent</source>
        <translation>
            <numerusform>отправлено %1 из %Ln запроса</numerusform>
            <numerusform>отправлено %1 из %Ln запросов</numerusform>
            <numerusform>отправлено %1 из %Ln запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>данных пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) left, %2</source>
        <translation>
            <numerusform>осталось %1 из %Ln запроса, %2</numerusform>
            <numerusform>осталось %1 из %Ln запросов, %2</numerusform>
            <numerusform>осталось %1 из %Ln запросов, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 this minute, %2 today (reported %3 ago)</source>
        <translation>за эту минуту — %1, за сегодня — %2 (данные получены %3 назад)</translation>
    </message>
    <message>
        <source>unknown until the export runs</source>
        <translation>станет известно после запуска выгрузки</translation>
    </message>
    <message>
        <source>unknown until the service&apos;s first answer</source>
        <translation>станет известно после первого ответа сервиса</translation>
    </message>
    <message>
        <source>no wait for the limits</source>
        <translation>ждать лимитов не нужно</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>waiting for the minute&apos;s limit to reset: %1 left</source>
        <translation>ожидание, пока обновится лимит в минуту: осталось %1</translation>
    </message>
    <message>
        <source>waiting for the day&apos;s limit to reset: %1 left</source>
        <translation>ожидание, пока обновится лимит в сутки: осталось %1</translation>
    </message>
    <message>
        <source>waiting as the analytics service asked: %1 left</source>
        <translation>ожидание по просьбе сервиса аналитики: осталось %1</translation>
    </message>
    <message>
        <source>paused for the minute&apos;s limit: it may go on in %1, at %2</source>
        <translation>приостановлена из-за лимита в минуту: продолжить можно через %1, в %2</translation>
    </message>
    <message>
        <source>paused for the day&apos;s limit: it may go on in %1, at %2</source>
        <translation>приостановлена из-за лимита в сутки: продолжить можно через %1, в %2</translation>
    </message>
    <message>
        <source>paused as the analytics service asked: it may go on in %1, at %2</source>
        <translation>приостановлена по просьбе сервиса аналитики: продолжить можно через %1, в %2</translation>
    </message>
    <message>
        <source>Nothing new to send: the analytics service has everything as it is in the CRM.</source>
        <translation>Отправлять нечего: данные в сервисе аналитики совпадают с CRM.</translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %Ln call(s) sent %1.</source>
        <translation>
            <numerusform>Выгрузка завершена, за %Ln запрос отправлено: %1.</numerusform>
            <numerusform>Выгрузка завершена, за %Ln запроса отправлено: %1.</numerusform>
            <numerusform>Выгрузка завершена, за %Ln запросов отправлено: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the paused analytics export</source>
        <translation>Продолжить приостановленную выгрузку в аналитику</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>Try the analytics export again</source>
        <translation>Повторить выгрузку в аналитику</translation>
    </message>
    <message>
        <source>JSON-RPC error %1: %2</source>
        <translation>Ошибка JSON-RPC %1: %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>поле %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>If the analytics service lost what earlier exports sent, tick “Send everything again” and try again.</source>
        <translation>Если сервис аналитики потерял данные прошлых выгрузок, установите флажок «Отправить всё заново» и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditActivityChart</name>
    <message>
        <source>Events per day and agent</source>
        <translation>События по дням и операторам</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln event(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln событие</numerusform>
            <numerusform>%1, %2: %Ln события</numerusform>
            <numerusform>%1, %2: %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No events from %1.</source>
        <translation>За период %1 событий нет.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1. %2. The busiest day: %3 with %4.</source>
        <translation>
            <numerusform>%Ln событие за период %1. %2. Самый загруженный день — %3 (событий: %4).</numerusform>
            <numerusform>%Ln события за период %1. %2. Самый загруженный день — %3 (событий: %4).</numerusform>
            <numerusform>%Ln событий за период %1. %2. Самый загруженный день — %3 (событий: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s)</source>
        <translation>
            <numerusform>%1: %Ln событие</numerusform>
            <numerusform>%1: %Ln события</numerusform>
            <numerusform>%1: %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>No events in these days.</source>
        <translation>За эти дни событий нет.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditDetailsPane</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Show only this &amp;operation</source>
        <translation>Показать только эту &amp;операцию</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Сведения о событии</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Оператор:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Операция:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation>Значения до и после изменения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>This event recorded no values.</source>
        <translation>В этом событии значения не записаны.</translation>
    </message>
    <message>
        <source>Events of the same operation</source>
        <translation>События той же операции</translation>
    </message>
    <message>
        <source>Show only this operation&apos;s events in the log</source>
        <translation>Показать в журнале только события этой операции</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Выберите событие, чтобы посмотреть подробности.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>None (a single event)</source>
        <translation>Нет (отдельное событие)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Поле %1 изменено</translation>
    </message>
    <message>
        <source>Not part of an operation.</source>
        <translation>Не входит в операцию.</translation>
    </message>
    <message>
        <source>Events of this operation: loading…</source>
        <translation>События этой операции: загрузка…</translation>
    </message>
    <message>
        <source>The operation&apos;s events could not be read: %1</source>
        <translation>Не удалось прочитать события операции: %1</translation>
    </message>
    <message>
        <source>Events of this operation: the first %1 of %2</source>
        <translation>События этой операции: первые %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Events of this operation: %Ln</source>
        <translation>
            <numerusform>События этой операции: %Ln</numerusform>
            <numerusform>События этой операции: %Ln</numerusform>
            <numerusform>События этой операции: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditExportPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export the events shown</source>
        <translation>Выгрузить показанные события</translation>
    </message>
    <message>
        <source>Writes the events that match the filters to a file: CSV for Excel, or JSON lines.</source>
        <translation>Сохраняет в файл события, подходящие под фильтры: в формате CSV для Excel или JSON lines.</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат выгрузки</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV для Excel…</translation>
    </message>
    <message>
        <source>JSON lines…</source>
        <translation>JSON lines…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить выгрузку</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Результат выгрузки</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines files (*.jsonl)</source>
        <translation>Файлы JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Запуск выгрузки…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена выгрузки…</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>Событий: %1</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>Событий: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Выгружено %Ln событие в файл %1.</numerusform>
            <numerusform>Выгружено %Ln события в файл %1.</numerusform>
            <numerusform>Выгружено %Ln событий в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Выгрузка отменена, файл не сохранён.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не удалось выполнить выгрузку: %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditFilterBar</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Audit log filters</source>
        <translation>Фильтры журнала аудита</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Любой оператор</translation>
    </message>
    <message>
        <source>Only the events of this agent</source>
        <translation>Только события этого оператора</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>An action, or every action of a kind: &quot;merge.*&quot;</source>
        <translation>Действие или все действия одного вида: «merge.*»</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID объекта</translation>
    </message>
    <message>
        <source>Only events about this account, request, lead… (its id)</source>
        <translation>Только события по аккаунту, заявке, лиду… с указанным ID</translation>
    </message>
    <message>
        <source>Only these days</source>
        <translation>Только за эти дни</translation>
    </message>
    <message>
        <source>Only the events of these days (local time); off: any day</source>
        <translation>Только события за эти дни (по местному времени); если флажок снят — за любые дни</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Поиск по событиям</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Events whose agent, action, entity, message or values contain this text (any case)</source>
        <translation>События, у которых оператор, действие, объект, сообщение или значения содержат этот текст (без учёта регистра)</translation>
    </message>
    <message>
        <source>Only one operation; click to show all</source>
        <translation>Только одна операция; нажмите, чтобы показать все</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Operation %1 ✕</source>
        <translation>Операция %1 ✕</translation>
    </message>
    <message>
        <source>Only the events of operation %1. Click to show every operation.</source>
        <translation>Только события операции %1. Нажмите, чтобы показать все операции.</translation>
    </message>
    <message>
        <source>Type at least %1 characters to search.</source>
        <translation>Для поиска введите не меньше %1 символов.</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditLogModel</name>
    <message>
        <source>Could not load</source>
        <translation>Не удалось загрузить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>Not part of an operation</source>
        <translation>Не входит в операцию</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Операция %1</translation>
    </message>
    <message>
        <source>Same operation as above</source>
        <translation>Та же операция, что и выше</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>opc::ui::AuditLogPage</name>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Проверить журнал</translation>
    </message>
    <message>
        <source>Every change an agent makes is recorded in the CRM&apos;s audit log, each event sealed with the hash of the one before it. Verify the log to make sure no event was changed, deleted or moved since.</source>
        <translation>Каждое изменение, которое вносит оператор, записывается в журнал аудита CRM, и каждое событие скреплено хешем предыдущего. Проверьте журнал, чтобы убедиться, что с тех пор ни одно событие не изменили, не удалили и не переставили.</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain</source>
        <translation>Проверить цепочку хешей журнала аудита</translation>
    </message>
    <message>
        <source>Reads the whole log from the CRM and checks every event&apos;s hash.</source>
        <translation>Читает весь журнал из CRM и проверяет хеш каждого события.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Reading the audit log and checking its chain…</source>
        <translation>Читаем журнал аудита и проверяем цепочку…</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
    <message numerus="yes">
        <source>The log is broken at event %1 (%2). %3 The %Ln event(s) before it are intact.</source>
        <translation>
            <numerusform>Журнал нарушен на событии %1 (%2). %3 %Ln событие до него не изменено.</numerusform>
            <numerusform>Журнал нарушен на событии %1 (%2). %3 %Ln события до него не изменены.</numerusform>
            <numerusform>Журнал нарушен на событии %1 (%2). %3 %Ln событий до него не изменены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln event(s) checked, none changed, deleted or moved.</source>
        <translation>
            <numerusform>Журнал цел: проверено %Ln событие, ничего не изменено, не удалено и не переставлено.</numerusform>
            <numerusform>Журнал цел: проверено %Ln события, ничего не изменено, не удалено и не переставлено.</numerusform>
            <numerusform>Журнал цел: проверено %Ln событий, ничего не изменено, не удалено и не переставлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>События журнала аудита</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>Разделы журнала аудита</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Активность</translation>
    </message>
    <message>
        <source>Audit log status</source>
        <translation>Состояние журнала аудита</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Загрузить журнал заново</translation>
    </message>
    <message>
        <source>Events per day and agent, %1 – %2 (local days)%3</source>
        <translation>События по дням и операторам, %1 – %2 (дни по местному времени)%3</translation>
    </message>
    <message>
        <source>; the last %1 days of the chosen range</source>
        <translation>; последние %1 дн. выбранного периода</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>Не удалось загрузить данные об активности: %1</translation>
    </message>
    <message>
        <source>No events in these days.</source>
        <translation>За эти дни событий нет.</translation>
    </message>
    <message>
        <source>Sign in to read the audit log.</source>
        <translation>Войдите, чтобы просматривать журнал аудита.</translation>
    </message>
    <message>
        <source>Only team leads and admins can read the audit log.</source>
        <translation>Просматривать журнал аудита могут только руководители групп и администраторы.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Читаем журнал аудита…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match the filters</source>
        <translation>Найдено по фильтрам: %1</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln event(s) after event %1 (the last one archived) checked, none changed, deleted or moved.</source>
        <translation>
            <numerusform>Журнал цел: проверено %Ln событие после события %1 (последнего из архивных), ничего не изменено, не удалено и не переставлено.</numerusform>
            <numerusform>Журнал цел: проверено %Ln события после события %1 (последнего из архивных), ничего не изменено, не удалено и не переставлено.</numerusform>
            <numerusform>Журнал цел: проверено %Ln событий после события %1 (последнего из архивных), ничего не изменено, не удалено и не переставлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Идёт обработка</translation>
    </message>
</context>
<context>
    <name>opc::ui::BuyLinesDialog</name>
    <message>
        <source>%1 ChatCoins</source>
        <translation>%1 ChatCoins</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Invoice to the partner&apos;s organisation</source>
        <translation>Счёт на организацию партнёра</translation>
    </message>
    <message>
        <source>%1 a month per line</source>
        <translation>%1 в месяц за линию</translation>
    </message>
    <message>
        <source>Buy lines for %1</source>
        <translation>Покупка линий для %1</translation>
    </message>
    <message>
        <source>%1 (%2), paid by you with your partner discount.</source>
        <translation>%1 (%2), оплачиваете вы с учётом партнёрской скидки.</translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation>Срок в месяцах</translation>
    </message>
    <message>
        <source>6 months or more: 10 % off; 12 months or more: 20 % off.</source>
        <translation>От 6 месяцев — скидка 10 %, от 12 месяцев — скидка 20 %.</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Количество линий</translation>
    </message>
    <message>
        <source>ChatCoins package</source>
        <translation>Пакет ChatCoins</translation>
    </message>
    <message>
        <source>No ChatCoins package</source>
        <translation>Без пакета ChatCoins</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>For clients who use the AI assistant; not discounted.</source>
        <translation>Для клиентов, которые пользуются ИИ-ассистентом; скидка не применяется.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>The project the new lines belong to (optional)</source>
        <translation>Проект, к которому относятся новые линии (необязательно)</translation>
    </message>
    <message>
        <source>Channels in every line; personal channels (WhatsApp, Telegram, MAX) of the whole payment count for the volume discount.</source>
        <translation>Каналы в каждой линии; для скидки за объём учитываются личные каналы (WhatsApp, Telegram, MAX) всего платежа.</translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation>&amp;Период, месяцев:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Количество &amp;линий:</translation>
    </message>
    <message>
        <source>Chat&amp;Coins:</source>
        <translation>Chat&amp;Coins:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>&amp;Оплата:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>Choose the channels every line has.</source>
        <translation>Выберите, какие каналы будут в каждой линии.</translation>
    </message>
</context>
<context>
    <name>opc::ui::ChannelCountsEditor</name>
    <message>
        <source>%1 channels</source>
        <translation>Каналы %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::ConsoleStatusBar</name>
    <message>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>ПЕСОЧНИЦА</translation>
    </message>
    <message>
        <source>Sandbox CRM: training data, nothing here is real</source>
        <translation>CRM-песочница: учебные данные, здесь нет ничего настоящего</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation>Адрес CRM</translation>
    </message>
    <message>
        <source>CRM connection</source>
        <translation>Соединение с CRM</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline: reconnecting…</source>
        <translation>Нет связи: переподключение…</translation>
    </message>
    <message>
        <source>The CRM answers.</source>
        <translation>CRM отвечает.</translation>
    </message>
    <message>
        <source>Token kept for this session only</source>
        <translation>Токен хранится только до конца сеанса</translation>
    </message>
    <message>
        <source>No keychain is available, so the token is kept in memory for this session only: you will be asked to sign in again next time.</source>
        <translation>Системное хранилище паролей недоступно, поэтому токен хранится в памяти только до конца сеанса: в следующий раз придётся войти снова.</translation>
    </message>
    <message>
        <source>The CRM does not answer.</source>
        <translation>CRM не отвечает.</translation>
    </message>
    <message>
        <source>The CRM does not answer: %1</source>
        <translation>CRM не отвечает: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit event(s) refused</source>
        <translation>
            <numerusform>CRM отклонила %Ln запись журнала</numerusform>
            <numerusform>CRM отклонила %Ln записи журнала</numerusform>
            <numerusform>CRM отклонила %Ln записей журнала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::DealDialog</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Сделка %1</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Дата перехода</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Move the deal</source>
        <translation>Перенести сделку</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>New amount in roubles</source>
        <translation>Новая сумма в рублях</translation>
    </message>
    <message>
        <source>keep the amount</source>
        <translation>не менять сумму</translation>
    </message>
    <message>
        <source>A&amp;mount, ₽:</source>
        <translation>&amp;Сумма, ₽:</translation>
    </message>
    <message>
        <source>Enter roubles with at most two decimals, e.g. 12 345,50.</source>
        <translation>Укажите сумму в рублях, не более двух знаков после запятой, например 12 345,50.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Идёт обработка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Loading the deal…</source>
        <translation>Загрузка сделки…</translation>
    </message>
    <message>
        <source>Could not load the deal: %1</source>
        <translation>Не удалось загрузить сделку: %1</translation>
    </message>
    <message>
        <source>Could not load the funnels, so the deal cannot be moved: %1</source>
        <translation>Не удалось загрузить воронки, поэтому сделку нельзя перенести: %1</translation>
    </message>
    <message>
        <source>Funnel %1</source>
        <translation>Воронка %1</translation>
    </message>
    <message>
        <source>The deal&apos;s funnel %1 is not among the CRM&apos;s funnels, so the deal cannot be moved here.</source>
        <translation>Воронки %1, в которой находится сделка, нет среди воронок CRM, поэтому перенести сделку здесь нельзя.</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>создана автоматически</translation>
    </message>
    <message>
        <source>The deal skipped this stage; the entry was filled in.</source>
        <translation>Сделка пропустила этот этап, поэтому запись добавлена автоматически.</translation>
    </message>
    <message>
        <source>%1 (won: finishes the deal)</source>
        <translation>%1 (успешный: завершает сделку)</translation>
    </message>
    <message>
        <source>%1 (lost: cancels the deal)</source>
        <translation>%1 (неуспешный: отменяет сделку)</translation>
    </message>
    <message>
        <source>Moving the deal…</source>
        <translation>Перенос сделки…</translation>
    </message>
    <message>
        <source>Moved to “%1”.</source>
        <translation>Сделка перенесена на этап «%1».</translation>
    </message>
    <message>
        <source>The deal was not moved: %1</source>
        <translation>Сделка не перенесена: %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::DirectionStep</name>
    <message>
        <source>Ask the student which pair of accounts to keep. The other subject&apos;s working account moves into the kept pair.</source>
        <translation>Уточните у ученика, какую пару аккаунтов он хочет оставить. Данные рабочего аккаунта по другому предмету перейдут в сохраняемую пару.</translation>
    </message>
    <message>
        <source>Not possible for these accounts: %1</source>
        <translation>Для этих аккаунтов этот вариант недоступен: %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::FindStep</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Find the student by an account id, phone, e-mail or name:</source>
        <translation>Найдите ученика по id аккаунта, телефону, почте или имени:</translation>
    </message>
    <message>
        <source>Account id, phone, e-mail or name</source>
        <translation>Поиск по id аккаунта, телефону, почте или имени</translation>
    </message>
    <message>
        <source>e.g. 11, +7 499 123-45-67, name@example.org, Кузнецов</source>
        <translation>например: 11, +7 499 123-45-67, name@example.org, Кузнецов</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Результат поиска</translation>
    </message>
    <message>
        <source>Students found</source>
        <translation>Найденные ученики</translation>
    </message>
    <message>
        <source>Pick the student whose accounts to merge.</source>
        <translation>Выберите ученика, аккаунты которого нужно объединить.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>The student&apos;s accounts</source>
        <translation>Аккаунты ученика</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Lessons taken</source>
        <translation>Пройдено уроков</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Paid lessons</source>
        <translation>Оплачено уроков</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Type an account id, phone, e-mail or name first.</source>
        <translation>Сначала введите id аккаунта, телефон, почту или имя.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Поиск «%1»…</translation>
    </message>
    <message>
        <source>No student matches “%1”. Check the spelling, or search by phone or e-mail.</source>
        <translation>По запросу «%1» ученики не найдены. Проверьте написание или попробуйте искать по телефону или почте.</translation>
    </message>
    <message>
        <source>KIDS</source>
        <translation>KIDS</translation>
    </message>
    <message>
        <source>not KIDS</source>
        <translation>не KIDS</translation>
    </message>
    <message>
        <source>no accounts</source>
        <translation>нет аккаунтов</translation>
    </message>
    <message>
        <source>accounts %1</source>
        <translation>аккаунты: %1</translation>
    </message>
    <message>
        <source>More than %1 students match; only the first %1 are listed. Type more to narrow the search. Pick the student:</source>
        <translation>Подходящих учеников больше, чем %1; показаны первые %1. Уточните запрос, чтобы сузить поиск. Выберите ученика:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) match. Pick the student:</source>
        <translation>
            <numerusform>Найден %Ln ученик. Выберите ученика:</numerusform>
            <numerusform>Найдено %Ln ученика. Выберите ученика:</numerusform>
            <numerusform>Найдено %Ln учеников. Выберите ученика:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no accounts in the CRM; there is nothing to merge.</source>
        <translation>У ученика %1 нет аккаунтов в CRM — объединять нечего.</translation>
    </message>
    <message>
        <source>Reading account %1 and the student&apos;s other accounts…</source>
        <translation>Загрузка аккаунта %1 и других аккаунтов ученика…</translation>
    </message>
    <message>
        <source>%1 (student %2) · %3</source>
        <translation>%1 (ученик %2) · %3</translation>
    </message>
    <message>
        <source>✗ %1 is not a KIDS student. %2</source>
        <translation>✗ %1 — не ученик KIDS. %2</translation>
    </message>
    <message>
        <source>✗ These accounts are not the two pairs this merge is for: %1</source>
        <translation>✗ Эти аккаунты не образуют двух пар, для которых предназначено это объединение: %1</translation>
    </message>
    <message>
        <source>Two unlinked pairs: one working and one empty account for each subject. Go on to choose which pair the student keeps.</source>
        <translation>Две несвязанные пары: по каждому предмету один рабочий и один пустой аккаунт. Нажмите «Далее», чтобы выбрать, какая пара останется у ученика.</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>№%1 (%2)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустой</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>График: %1</translation>
    </message>
    <message>
        <source>Two pairs, English ↔ math</source>
        <translation>Две пары: английский ↔ математика</translation>
    </message>
</context>
<context>
    <name>opc::ui::FunnelChart</name>
    <message>
        <source>Funnel chart</source>
        <translation>Диаграмма воронки</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s), %2</source>
        <translation>
            <numerusform>%1: %Ln сделка, %2</numerusform>
            <numerusform>%1: %Ln сделки, %2</numerusform>
            <numerusform>%1: %Ln сделок, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>opc::ui::FunnelView</name>
    <message>
        <source>F&amp;unnel:</source>
        <translation>Воронк&amp;а:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Funnel totals</source>
        <translation>Итоги по воронке</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Диаграмма воронки</translation>
    </message>
    <message>
        <source>Loading the funnels…</source>
        <translation>Загрузка воронок…</translation>
    </message>
    <message>
        <source>Could not load the funnels: %1</source>
        <translation>Не удалось загрузить воронки: %1</translation>
    </message>
    <message>
        <source>No funnel to show.</source>
        <translation>Нет воронки для показа.</translation>
    </message>
    <message>
        <source>The CRM has no funnels.</source>
        <translation>В CRM нет ни одной воронки.</translation>
    </message>
    <message>
        <source>Loading the funnel “%1”…</source>
        <translation>Загрузка воронки «%1»…</translation>
    </message>
    <message>
        <source>Could not load the funnel: %1</source>
        <translation>Не удалось загрузить воронку: %1</translation>
    </message>
    <message>
        <source>The funnel has no stages.</source>
        <translation>В воронке нет этапов.</translation>
    </message>
    <message numerus="yes">
        <source>In all: %Ln deal(s), %1</source>
        <translation>
            <numerusform>Всего: %Ln сделка, %1</numerusform>
            <numerusform>Всего: %Ln сделки, %1</numerusform>
            <numerusform>Всего: %Ln сделок, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::InterfaceLanguageSection</name>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Restart the console now</source>
        <translation>Перезапустить консоль сейчас</translation>
    </message>
    <message>
        <source>Interface language state</source>
        <translation>Состояние выбора языка</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes after the console restarts.</source>
        <translation>Язык сменится после перезапуска консоли.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
</context>
<context>
    <name>opc::ui::InterruptedMergesPanel</name>
    <message>
        <source>Interrupted merges</source>
        <translation>Прерванные объединения</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Continues at</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue the chosen merge at its first unfinished step.</source>
        <translation>Продолжить выбранное объединение с первого незавершённого шага.</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>The journal of interrupted merges could not be read: %1</source>
        <translation>Не удалось прочитать журнал прерванных объединений: %1</translation>
    </message>
    <message>
        <source>closing the merge on the CRM</source>
        <translation>закрытие объединения в CRM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3</source>
        <translation>%1: данные аккаунта %2 переносятся в аккаунт %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadActionBar</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>Ве&amp;рнуть в свободные</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Комментарий…</translation>
    </message>
    <message>
        <source>Take the lead</source>
        <translation>Взять лид в работу</translation>
    </message>
    <message>
        <source>Take the selected free lead: it becomes yours.</source>
        <translation>Взять выбранный свободный лид: он станет вашим.</translation>
    </message>
    <message>
        <source>Release the lead</source>
        <translation>Вернуть лид в свободные</translation>
    </message>
    <message>
        <source>Give the lead back to the free queue.</source>
        <translation>Вернуть лид в очередь свободных.</translation>
    </message>
    <message>
        <source>Comment on the lead</source>
        <translation>Прокомментировать лид</translation>
    </message>
    <message>
        <source>Read the lead&apos;s comments and add one.</source>
        <translation>Просмотреть комментарии к лиду и добавить свой.</translation>
    </message>
    <message>
        <source>Set the lead&apos;s status</source>
        <translation>Изменить статус лида</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>In work, success or failure: for leads you hold.</source>
        <translation>В работе, успех или неудача — только для ваших лидов.</translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>Лид %1: %2</translation>
    </message>
    <message>
        <source>Taking lead %1…</source>
        <translation>Взятие лида %1 в работу…</translation>
    </message>
    <message>
        <source>Lead %1 is yours now.</source>
        <translation>Лид %1 теперь ваш.</translation>
    </message>
    <message>
        <source>Releasing lead %1…</source>
        <translation>Возврат лида %1 в свободные…</translation>
    </message>
    <message>
        <source>Lead %1 is back in the free queue.</source>
        <translation>Лид %1 возвращён в свободные.</translation>
    </message>
    <message>
        <source>Setting lead %1 to “%2”…</source>
        <translation>Смена статуса лида %1 на «%2»…</translation>
    </message>
    <message>
        <source>it changed meanwhile and is shown as it is now. Set the status again if it still applies.</source>
        <translation>за это время его изменили, теперь показано актуальное состояние. Если статус всё ещё нужен, установите его снова.</translation>
    </message>
    <message>
        <source>Lead %1 is “%2” now.</source>
        <translation>Лид %1 теперь в статусе «%2».</translation>
    </message>
    <message>
        <source>Comment added to lead %1.</source>
        <translation>Комментарий к лиду %1 добавлен.</translation>
    </message>
    <message>
        <source>&amp;Deal…</source>
        <translation>С&amp;делка…</translation>
    </message>
    <message>
        <source>Open the lead&apos;s deal</source>
        <translation>Открыть сделку по лиду</translation>
    </message>
    <message>
        <source>See the deal&apos;s stage history and move it to another stage.</source>
        <translation>Просмотреть историю этапов сделки и перенести её на другой этап.</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadCommentDialog</name>
    <message>
        <source>Comments on lead %1</source>
        <translation>Комментарии к лиду %1</translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>Лид %1: %2</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>&amp;New comment:</source>
        <translation>&amp;Новый комментарий:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Новый комментарий</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Добавить комментарий</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>Loading the comments…</source>
        <translation>Загрузка комментариев…</translation>
    </message>
    <message>
        <source>Could not load the comments: %1</source>
        <translation>Не удалось загрузить комментарии: %1</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <source>Adding the comment…</source>
        <translation>Добавление комментария…</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>Не удалось добавить комментарий: %1</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Комментарий добавлен.</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadNotifier</name>
    <message>
        <source>Operator Console: new leads</source>
        <translation>Консоль оператора: новые лиды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln новый лид</numerusform>
            <numerusform>%Ln новых лида</numerusform>
            <numerusform>%Ln новых лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadQueueView</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Поиск по имени, телефону или почте</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Queue state</source>
        <translation>Состояние очереди</translation>
    </message>
    <message>
        <source>Load more leads</source>
        <translation>Загрузить ещё лиды</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободные</translation>
    </message>
    <message>
        <source>My</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading more leads…</source>
        <translation>Загрузка следующих лидов…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Загрузка лидов…</translation>
    </message>
    <message>
        <source>Could not load the leads: %1</source>
        <translation>Не удалось загрузить лиды: %1</translation>
    </message>
    <message>
        <source>No leads match the filters.</source>
        <translation>Нет лидов, подходящих под фильтры.</translation>
    </message>
    <message>
        <source>No free leads right now. New ones appear here by themselves.</source>
        <translation>Свободных лидов сейчас нет. Новые появятся здесь автоматически.</translation>
    </message>
    <message>
        <source>You hold no leads. Take one from Free leads.</source>
        <translation>У вас нет лидов в работе. Возьмите лид на вкладке «Свободные».</translation>
    </message>
    <message>
        <source>No leads yet.</source>
        <translation>Лидов пока нет.</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadRulesForm</name>
    <message>
        <source>With the same &amp;phone number</source>
        <translation>С таким же номером &amp;телефона</translation>
    </message>
    <message>
        <source>With the same &amp;e-mail</source>
        <translation>С такой же &amp;эл. почтой</translation>
    </message>
    <message>
        <source>Only deals still in p&amp;rocessing count</source>
        <translation>Учитывать только сделки в о&amp;бработке</translation>
    </message>
    <message>
        <source>Create a &amp;task in the existing deal</source>
        <translation>Создать &amp;задачу в текущей сделке</translation>
    </message>
    <message>
        <source>Create a c&amp;omment in the existing deal</source>
        <translation>Создать &amp;комментарий в текущей сделке</translation>
    </message>
    <message>
        <source>Do not create a new deal when an open deal matches the lead:</source>
        <translation>Не создавать новую сделку, если уже есть открытая сделка:</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Тот же номер телефона</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>Та же эл. почта</translation>
    </message>
    <message>
        <source>Period in days</source>
        <translation>Период в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>0 (the last %1 days)</source>
        <translation>0 (то есть %1 дн.)</translation>
    </message>
    <message>
        <source>Deals created within this many days count; 0 means the last %1 days.</source>
        <translation>Учитываются сделки, созданные за это число дней; 0 — за последние %1 дн.</translation>
    </message>
    <message>
        <source>Count deals of the last:</source>
        <translation>Учитывать сделки за последние:</translation>
    </message>
    <message>
        <source>Only deals still in processing count</source>
        <translation>Учитывать только сделки в обработке</translation>
    </message>
    <message>
        <source>Closed deals (paid or cancelled) are not duplicates.</source>
        <translation>Закрытые сделки (оплаченные или отменённые) не считаются дублями.</translation>
    </message>
    <message>
        <source>On a duplicate lead:</source>
        <translation>Если лид оказался дублем:</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Create a comment</source>
        <translation>Создать комментарий</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadSettingsSection</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Duplicate leads</source>
        <translation>Дубли лидов</translation>
    </message>
    <message>
        <source>Status groups</source>
        <translation>Группы статусов</translation>
    </message>
    <message>
        <source>Save the lead settings</source>
        <translation>Сохранить настройки лидов</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Lead settings state</source>
        <translation>Состояние настроек лидов</translation>
    </message>
    <message>
        <source>Changed; not saved yet.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Loading the lead settings…</source>
        <translation>Загрузка настроек лидов…</translation>
    </message>
    <message>
        <source>Could not load the lead settings: %1</source>
        <translation>Не удалось загрузить настройки лидов: %1</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <source>Saving the lead settings…</source>
        <translation>Сохранение настроек лидов…</translation>
    </message>
    <message>
        <source>Saved. New leads follow these rules now.</source>
        <translation>Сохранено. Новые лиды теперь обрабатываются по этим правилам.</translation>
    </message>
    <message>
        <source>Someone else saved the lead settings meanwhile, so yours were not saved. Their settings are shown now; make your changes again.</source>
        <translation>Пока вы вносили изменения, настройки лидов сохранил кто-то другой, поэтому ваши изменения не сохранены. Сейчас показаны актуальные настройки — внесите свои изменения заново.</translation>
    </message>
    <message>
        <source>Only team leads and admins may change the lead settings.</source>
        <translation>Изменять настройки лидов могут только руководители групп и администраторы.</translation>
    </message>
    <message>
        <source>The lead settings were not saved: %1</source>
        <translation>Не удалось сохранить настройки лидов: %1</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadTableModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Source / medium</source>
        <translation>Источник / канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Давность</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadsPage</name>
    <message>
        <source>Lead queues: free leads, my leads, take, release and comment. Waiting for sign-in…</source>
        <translation>Очереди лидов: свободные и мои лиды, взятие в работу, возврат в свободные и комментарии. Ожидание входа в CRM…</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Новый лид…</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Type in a lead taken by phone or by mail.</source>
        <translation>Ввести вручную лид, полученный по телефону или по почте.</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Обновления в реальном времени</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <source>Desktop notifications of new leads</source>
        <translation>Уведомления о новых лидах на рабочем столе</translation>
    </message>
    <message>
        <source>Announce new free leads with a desktop notification.</source>
        <translation>Сообщать о новых свободных лидах уведомлением на рабочем столе.</translation>
    </message>
    <message>
        <source>This desktop has no notification area: new free leads make the console&apos;s taskbar entry ask for attention instead.</source>
        <translation>На этом рабочем столе нет области уведомлений: о новых свободных лидах будет сигнализировать значок консоли на панели задач.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <source>Lead queues</source>
        <translation>Очереди лидов</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>Онлайн · %1</translation>
    </message>
    <message>
        <source>New leads and changes appear by themselves.</source>
        <translation>Новые лиды и изменения появляются автоматически.</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Обновления приостановлены</translation>
    </message>
    <message>
        <source>%1 Trying again in a few seconds.</source>
        <translation>%1 Повторная попытка через несколько секунд.</translation>
    </message>
    <message>
        <source>Analytics export</source>
        <translation>Выгрузка в аналитику</translation>
    </message>
    <message>
        <source>Deal %1 is in “%2” now.</source>
        <translation>Сделка %1 теперь на этапе «%2».</translation>
    </message>
</context>
<context>
    <name>opc::ui::LeadsUi</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>opc::ui::MainWindow</name>
    <message>
        <source>Operator Console</source>
        <translation>Консоль оператора</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Arrow keys move between sections; Ctrl+1 to Ctrl+5 jump to one.</source>
        <translation>Клавиши со стрелками переключают разделы; Ctrl+1–Ctrl+5 сразу открывают нужный раздел.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>opc::ui::MergePage</name>
    <message>
        <source>Merges KIDS math and English accounts of one student. Waiting for sign-in…</source>
        <translation>Объединение аккаунтов KIDS одного ученика по математике и английскому. Ожидание входа в CRM…</translation>
    </message>
</context>
<context>
    <name>opc::ui::MergeUi</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>Математика</translation>
    </message>
</context>
<context>
    <name>opc::ui::MergeWizard</name>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Выбор пары</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Далее ›</translation>
    </message>
    <message>
        <source>&amp;Start merge</source>
        <translation>Начать &amp;объединение</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Start merge</source>
        <translation>Начать объединение</translation>
    </message>
    <message>
        <source>Register the merge on the CRM and run its steps in order.</source>
        <translation>Зарегистрировать объединение в CRM и выполнить его шаги по порядку.</translation>
    </message>
    <message>
        <source>The local merge journal could not be opened, so no merge can run: %1</source>
        <translation>Не удалось открыть локальный журнал объединений, поэтому запустить объединение нельзя: %1</translation>
    </message>
    <message>
        <source>&amp;Resume merge</source>
        <translation>&amp;Продолжить объединение</translation>
    </message>
    <message>
        <source>Opening the local merge journal…</source>
        <translation>Открытие локального журнала объединений…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>A form or an e-mail</source>
        <translation>Форма или письмо</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>e.g. 8 499 765-43-21</source>
        <translation>например, 8 499 765-43-21</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>например, name@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>e.g. google</source>
        <translation>например, google</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>e.g. cpc</source>
        <translation>например, cpc</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Show the UTM fields</source>
        <translation>Показать поля UTM</translation>
    </message>
    <message>
        <source>&amp;UTM and Google client id</source>
        <translation>UTM-&amp;метки и Google client id</translation>
    </message>
    <message>
        <source>Google client id:</source>
        <translation>Google client id:</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>Проверка на дубли</translation>
    </message>
    <message>
        <source>Type a phone or an e-mail: the CRM is asked whether the lead is a duplicate.</source>
        <translation>Введите телефон или почту — CRM проверит, не дубль ли это.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Create the lead</source>
        <translation>Создать лид</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Hide the UTM fields</source>
        <translation>Скрыть поля UTM</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Будет сохранён как %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking for duplicates…</source>
        <translation>Проверка на дубли…</translation>
    </message>
    <message>
        <source>Could not check for duplicates: %1</source>
        <translation>Не удалось проверить на дубли: %1</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Duplicate: deal %1 of %2, still open, has this e-mail. Creating the lead adds a comment or a task to that deal instead of a new deal.</source>
        <translation>Дубль: в открытой сделке %1 (клиент: %2) указана эта же почта. При создании лида в эту сделку добавится комментарий или задача, новая сделка не создаётся.</translation>
    </message>
    <message>
        <source>Duplicate: deal %1 of %2, still open, has this phone number. Creating the lead adds a comment or a task to that deal instead of a new deal.</source>
        <translation>Дубль: в открытой сделке %1 (клиент: %2) указан этот же номер телефона. При создании лида в эту сделку добавится комментарий или задача, новая сделка не создаётся.</translation>
    </message>
    <message>
        <source>No duplicate. The existing client %1 gets a new order and deal.</source>
        <translation>Дублей нет. Для существующего клиента %1 будут созданы новый заказ и сделка.</translation>
    </message>
    <message>
        <source>No duplicate. A new client, order and deal will be created.</source>
        <translation>Дублей нет. Будут созданы новый клиент, заказ и сделка.</translation>
    </message>
    <message>
        <source>Creating the lead…</source>
        <translation>Создание лида…</translation>
    </message>
    <message>
        <source>The CRM refused the lead; see the field above.</source>
        <translation>CRM не приняла лид — см. сообщение у поля выше.</translation>
    </message>
    <message>
        <source>The lead was not created: %1</source>
        <translation>Не удалось создать лид: %1</translation>
    </message>
    <message>
        <source>Lead %1 is a duplicate of deal %2: a task was added to that deal.</source>
        <translation>Лид %1 — дубль сделки %2: в эту сделку добавлена задача.</translation>
    </message>
    <message>
        <source>Lead %1 is a duplicate of deal %2: a comment was added to that deal.</source>
        <translation>Лид %1 — дубль сделки %2: в эту сделку добавлен комментарий.</translation>
    </message>
    <message>
        <source>Lead %1 created: deal %2 for the existing client %3.</source>
        <translation>Лид %1 создан: сделка %2 для существующего клиента %3.</translation>
    </message>
    <message>
        <source>Lead %1 created: deal %2 for a new client %3.</source>
        <translation>Лид %1 создан: сделка %2 для нового клиента %3.</translation>
    </message>
</context>
<context>
    <name>opc::ui::NotificationBell</name>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Отметить все как &amp;прочитанные</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Line and channel notifications</source>
        <translation>Уведомления о линиях и каналах</translation>
    </message>
    <message>
        <source>All notifications</source>
        <translation>Все уведомления</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Уведомления, сначала новые</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>Loading the notifications…</source>
        <translation>Загрузка уведомлений…</translation>
    </message>
    <message>
        <source>Could not load the notifications: %1</source>
        <translation>Не удалось загрузить уведомления: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Уведомлений пока нет.</translation>
    </message>
    <message>
        <source>Could not mark them read: %1</source>
        <translation>Не удалось отметить уведомления как прочитанные: %1</translation>
    </message>
    <message>
        <source>Line %1 expires within 7 days.</source>
        <translation>Срок линии %1 истекает в ближайшие 7 дней.</translation>
    </message>
    <message>
        <source>Line %1 has expired.</source>
        <translation>Срок линии %1 истёк.</translation>
    </message>
    <message>
        <source>%1 connected on line %2.</source>
        <translation>Канал %1 подключён на линии %2.</translation>
    </message>
    <message>
        <source>%1 disconnected on line %2.</source>
        <translation>Канал %1 отключён на линии %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
%2, %3 (%4) · %5</source>
        <translation>%1
%2, %3 (%4) · %5</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %Ln unread</source>
        <translation>
            <numerusform>Уведомления: %Ln непрочитанное</numerusform>
            <numerusform>Уведомления: %Ln непрочитанных</numerusform>
            <numerusform>Уведомления: %Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread notification(s) about lines and channels.</source>
        <translation>
            <numerusform>%Ln непрочитанное уведомление о линиях и каналах.</numerusform>
            <numerusform>%Ln непрочитанных уведомления о линиях и каналах.</numerusform>
            <numerusform>%Ln непрочитанных уведомлений о линиях и каналах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line and channel notifications: none unread.</source>
        <translation>Уведомления о линиях и каналах: непрочитанных нет.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
</context>
<context>
    <name>opc::ui::Pages</name>
    <message>
        <source>Merge</source>
        <translation>Объединение аккаунтов</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Partner lines</source>
        <translation>Партнёрские линии</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLineListView</name>
    <message>
        <source>Comment; Enter saves, Escape cancels</source>
        <translation>Комментарий; Enter — сохранить, Esc — отменить</translation>
    </message>
    <message>
        <source>Select the client&apos;s &amp;lines</source>
        <translation>Выбрать &amp;линии клиента</translation>
    </message>
    <message>
        <source>Select all &amp;shown</source>
        <translation>Выбрать все &amp;показанные</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Назад</translation>
    </message>
    <message>
        <source>N&amp;ext ›</source>
        <translation>&amp;Далее ›</translation>
    </message>
    <message>
        <source>Select all lines shown</source>
        <translation>Выбрать все показанные линии</translation>
    </message>
    <message>
        <source>Edit the comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Only the countries of your clients are offered.</source>
        <translation>В списке только страны ваших клиентов.</translation>
    </message>
    <message>
        <source>Line status</source>
        <translation>Статус линии</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Lines by status, counted from the CRM&apos;s today.</source>
        <translation>Линии по статусу; сроки отсчитываются от текущей даты в CRM.</translation>
    </message>
    <message>
        <source>Search the lines</source>
        <translation>Поиск по линиям</translation>
    </message>
    <message>
        <source>Search: client ID, e-mail, organisation, project, line, comment</source>
        <translation>Поиск: ID клиента, эл. почта, организация, проект, линия, комментарий</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Показанные линии</translation>
    </message>
    <message>
        <source>Client lines</source>
        <translation>Линии клиентов</translation>
    </message>
    <message>
        <source>Selected lines</source>
        <translation>Выбранные линии</translation>
    </message>
    <message>
        <source>Select all lines of the current line&apos;s client</source>
        <translation>Выбрать все линии клиента, которому принадлежит текущая линия</translation>
    </message>
    <message>
        <source>Select every line the filters show</source>
        <translation>Выбрать все линии, подходящие под фильтры</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Lines per page</source>
        <translation>Линий на странице</translation>
    </message>
    <message>
        <source>%1 a page</source>
        <translation>%1 на странице</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Line actions</source>
        <translation>Действия с линиями</translation>
    </message>
    <message>
        <source>Select all lines of %1</source>
        <translation>Выбрать все линии клиента %1</translation>
    </message>
    <message>
        <source>Select all lines of the client</source>
        <translation>Выбрать все линии клиента</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln линия</numerusform>
            <numerusform>%Ln линии</numerusform>
            <numerusform>%Ln линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln line(s)</source>
        <translation>
            <numerusform>%1 из %Ln линии</numerusform>
            <numerusform>%1 из %Ln линий</numerusform>
            <numerusform>%1 из %Ln линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) selected.</source>
        <translation>
            <numerusform>Выбрана %Ln линия.</numerusform>
            <numerusform>Выбрано %Ln линии.</numerusform>
            <numerusform>Выбрано %Ln линий.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lines ticked: actions use the current line.</source>
        <translation>Линии не отмечены: действия применяются к текущей линии.</translation>
    </message>
    <message>
        <source>No lines selected.</source>
        <translation>Линии не выбраны.</translation>
    </message>
    <message>
        <source>Select all lines of %1 (%2).</source>
        <translation>Выбрать все линии клиента %1 (%2).</translation>
    </message>
    <message>
        <source>Click a line of the client first.</source>
        <translation>Сначала щёлкните по линии нужного клиента.</translation>
    </message>
    <message numerus="yes">
        <source>Select the %Ln line(s) the filters show, on every page.</source>
        <translation>
            <numerusform>Выбрать на всех страницах %Ln линию, подходящую под фильтры.</numerusform>
            <numerusform>Выбрать на всех страницах %Ln линии, подходящие под фильтры.</numerusform>
            <numerusform>Выбрать на всех страницах %Ln линий, подходящих под фильтры.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLineTableModel</name>
    <message>
        <source>This line has no channels yet.</source>
        <translation>В этой линии пока нет каналов.</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: подключён</translation>
    </message>
    <message>
        <source>%1: disconnected</source>
        <translation>%1: отключён</translation>
    </message>
    <message>
        <source>Select line %1 for renewal.</source>
        <translation>Выбрать линию %1 для продления.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln day(s).</source>
        <translation>
            <numerusform>Истекает через %Ln день.</numerusform>
            <numerusform>Истекает через %Ln дня.</numerusform>
            <numerusform>Истекает через %Ln дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %Ln day(s) ago.</source>
        <translation>
            <numerusform>Срок истёк %Ln день назад.</numerusform>
            <numerusform>Срок истёк %Ln дня назад.</numerusform>
            <numerusform>Срок истёк %Ln дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the comment…</source>
        <translation>Сохранение комментария…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a comment.</source>
        <translation>Чтобы написать комментарий, дважды щёлкните или нажмите F2.</translation>
    </message>
    <message>
        <source>%1 — NFR line (free demo line)</source>
        <translation>%1 — NFR-линия (бесплатная демо-линия)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s), %1 disconnected</source>
        <translation>
            <numerusform>%Ln канал, отключено: %1</numerusform>
            <numerusform>%Ln канала, отключено: %1</numerusform>
            <numerusform>%Ln каналов, отключено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln channel(s)</source>
        <translation>
            <numerusform>%Ln канал</numerusform>
            <numerusform>%Ln канала</numerusform>
            <numerusform>%Ln каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Выбрана</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Не выбрана</translation>
    </message>
    <message>
        <source>%1 (NFR)</source>
        <translation>%1 (NFR)</translation>
    </message>
    <message>
        <source>%1 (%2 off)</source>
        <translation>%1 (скидка %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Tick lines to renew them together; the context menu ticks a client&apos;s lines.</source>
        <translation>Отметьте линии, чтобы продлить их вместе; через контекстное меню можно отметить все линии клиента.</translation>
    </message>
    <message>
        <source>Channels in the line; point at a number to see them.</source>
        <translation>Каналы линии; наведите указатель на число, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>ChatCoins and WhatsApp Business API packages left on the client&apos;s account.</source>
        <translation>Остаток пакетов ChatCoins и WhatsApp Business API в аккаунте клиента.</translation>
    </message>
    <message>
        <source>Your own note; double-click to edit, Enter saves.</source>
        <translation>Ваша заметка. Двойной щелчок — изменить, Enter — сохранить.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>ChatCoins / WABA</source>
        <translation>ChatCoins / WABA</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerLinesPage</name>
    <message>
        <source>Your clients&apos; lines: buy, renew and add channels with every discount shown. Waiting for sign-in…</source>
        <translation>Линии ваших клиентов: покупка, продление и добавление каналов с расчётом всех скидок. Ожидание входа в CRM…</translation>
    </message>
    <message>
        <source>&amp;Buy lines…</source>
        <translation>&amp;Купить линии…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Продлить…</translation>
    </message>
    <message>
        <source>Add &amp;channels…</source>
        <translation>Добавить ка&amp;налы…</translation>
    </message>
    <message>
        <source>Act as c&amp;lient</source>
        <translation>Войти как к&amp;лиент</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Статус партнёра</translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation>Баланс вознаграждения</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Вывести…</translation>
    </message>
    <message>
        <source>Withdraw the reward</source>
        <translation>Вывести вознаграждение</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the lines</source>
        <translation>Загрузить линии заново</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Loading the lines…</source>
        <translation>Загрузка линий…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source>the partner profile</source>
        <translation>профиль партнёра</translation>
    </message>
    <message>
        <source>the price list</source>
        <translation>прайс-лист</translation>
    </message>
    <message>
        <source>the clients</source>
        <translation>список клиентов</translation>
    </message>
    <message>
        <source>the lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <source>Loading the partner profile…</source>
        <translation>Загрузка профиля партнёра…</translation>
    </message>
    <message>
        <source>Reward: —</source>
        <translation>Вознаграждение: —</translation>
    </message>
    <message>
        <source>%1 · %2 · today %3</source>
        <translation>%1 · %2 · сегодня %3</translation>
    </message>
    <message>
        <source>NFR line %1 until %2, renewed free</source>
        <translation>NFR-линия %1 до %2, продлевается бесплатно</translation>
    </message>
    <message>
        <source>NFR line %1 until %2, not renewed unless a client pays an invoice</source>
        <translation>NFR-линия %1 до %2, продлевается, только если клиент оплатит счёт</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Вознаграждение: %1</translation>
    </message>
    <message>
        <source>Waiting for the price list and your partner status…</source>
        <translation>Загружаются прайс-лист и ваш статус партнёра…</translation>
    </message>
    <message>
        <source>The price list or your partner status could not be loaded: press Refresh.</source>
        <translation>Не удалось загрузить прайс-лист или ваш статус партнёра: нажмите «Обновить».</translation>
    </message>
    <message>
        <source>Click a line of the client to buy lines for.</source>
        <translation>Выберите линию клиента, которому нужно купить линии.</translation>
    </message>
    <message>
        <source>Buy new lines for %1 (%2).</source>
        <translation>Купить новые линии для %1 (%2).</translation>
    </message>
    <message>
        <source>Select the lines to renew: tick them, or click one.</source>
        <translation>Выберите линии для продления: отметьте их или щёлкните одну.</translation>
    </message>
    <message>
        <source>The NFR line is renewed free by the platform; it cannot be bought.</source>
        <translation>NFR-линию платформа продлевает бесплатно; купить её нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %Ln selected line(s).</source>
        <translation>
            <numerusform>Продлить %Ln выбранную линию.</numerusform>
            <numerusform>Продлить %Ln выбранные линии.</numerusform>
            <numerusform>Продлить %Ln выбранных линий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the line to add channels to.</source>
        <translation>Выберите линию, в которую нужно добавить каналы.</translation>
    </message>
    <message numerus="yes">
        <source>Add channels to %1, paid for the %Ln day(s) left.</source>
        <translation>
            <numerusform>Добавить каналы в линию %1 с оплатой за оставшийся %Ln день.</numerusform>
            <numerusform>Добавить каналы в линию %1 с оплатой за оставшиеся %Ln дня.</numerusform>
            <numerusform>Добавить каналы в линию %1 с оплатой за оставшиеся %Ln дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line of the client whose cabinet to open.</source>
        <translation>Выберите линию клиента, чей кабинет нужно открыть.</translation>
    </message>
    <message>
        <source>The CRM does not list this client.</source>
        <translation>В CRM нет этого клиента.</translation>
    </message>
    <message>
        <source>Waiting for the list of clients…</source>
        <translation>Загружается список клиентов…</translation>
    </message>
    <message>
        <source>Open the cabinet of %1 (%2) as the client.</source>
        <translation>Открыть кабинет %1 (%2) от имени клиента.</translation>
    </message>
    <message>
        <source>Only a team lead or an admin may withdraw the reward.</source>
        <translation>Вывести вознаграждение может только руководитель группы или администратор.</translation>
    </message>
    <message>
        <source>Waiting for the partner profile…</source>
        <translation>Загружается профиль партнёра…</translation>
    </message>
    <message>
        <source>The reward balance is %1: withdrawals start at %2.</source>
        <translation>Баланс вознаграждения: %1, а вывести можно от %2.</translation>
    </message>
    <message>
        <source>Ask the platform to pay the reward out, in rubles.</source>
        <translation>Запросить у платформы выплату вознаграждения в рублях.</translation>
    </message>
    <message>
        <source>Withdrawal of %1 requested; %2 of reward left.</source>
        <translation>Запрошен вывод %1; остаток вознаграждения — %2.</translation>
    </message>
    <message>
        <source>Comment saved on line %1.</source>
        <translation>Комментарий к линии %1 сохранён.</translation>
    </message>
    <message>
        <source>%1 The line was reloaded; your comment “%2” was not saved: edit it again if it still applies.</source>
        <translation>%1 Линия загружена заново; ваш комментарий «%2» не сохранён: если он ещё актуален, отредактируйте его снова.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) bought</source>
        <translation>
            <numerusform>куплена %Ln линия</numerusform>
            <numerusform>куплены %Ln линии</numerusform>
            <numerusform>куплено %Ln линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) renewed</source>
        <translation>
            <numerusform>продлена %Ln линия</numerusform>
            <numerusform>продлены %Ln линии</numerusform>
            <numerusform>продлено %Ln линий</numerusform>
        </translation>
    </message>
    <message>
        <source>channels added to %1</source>
        <translation>добавлены каналы в линию %1</translation>
    </message>
    <message>
        <source>Order %1 paid: %2, %3 in total.</source>
        <translation>Заказ №%1 оплачен: %2, итого %3.</translation>
    </message>
    <message>
        <source>Could not open the cabinet of %1: %2</source>
        <translation>Не удалось открыть кабинет %1: %2</translation>
    </message>
    <message>
        <source>Opening the cabinet of %1 in the browser…</source>
        <translation>Открываем кабинет %1 в браузере…</translation>
    </message>
    <message>
        <source>The browser could not be started. Open this link to enter the cabinet of %1 before %2: %3</source>
        <translation>Не удалось запустить браузер. Чтобы войти в кабинет %1, откройте эту ссылку до %2: %3</translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerOrderDialog</name>
    <message>
        <source>&amp;Confirm and pay</source>
        <translation>&amp;Подтвердить и оплатить</translation>
    </message>
    <message>
        <source>Confirm the order</source>
        <translation>Подтвердить заказ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Send the order to the CRM and pay it.</source>
        <translation>Отправить заказ в CRM и оплатить его.</translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation>Отправка заказа…</translation>
    </message>
</context>
<context>
    <name>opc::ui::PartnerUi</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>WhatsApp Business API</source>
        <translation>WhatsApp Business API</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Avito</source>
        <translation>Avito</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Expires ≤ 7 days</source>
        <translation>Истекает ≤ 7 дней</translation>
    </message>
    <message>
        <source>Expires ≤ 30 days</source>
        <translation>Истекает ≤ 30 дней</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Истекает в течение 7 дней</translation>
    </message>
    <message>
        <source>Expiring within 8 to 30 days</source>
        <translation>Истекает через 8–30 дней</translation>
    </message>
    <message>
        <source>Partner without status</source>
        <translation>Партнёр без статуса</translation>
    </message>
    <message>
        <source>Official partner</source>
        <translation>Официальный партнёр</translation>
    </message>
    <message>
        <source>Gold partner</source>
        <translation>Золотой партнёр</translation>
    </message>
    <message>
        <source>Technology partner</source>
        <translation>Технологический партнёр</translation>
    </message>
    <message>
        <source>Volume discount</source>
        <translation>Скидка за объём</translation>
    </message>
    <message>
        <source>Period discount</source>
        <translation>Скидка за срок</translation>
    </message>
    <message>
        <source>Partner discount</source>
        <translation>Партнёрская скидка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>opc::ui::PreChecksStep</name>
    <message>
        <source>Two pairs of accounts</source>
        <translation>Две пары аккаунтов</translation>
    </message>
    <message>
        <source>KIDS student</source>
        <translation>Ученик KIDS</translation>
    </message>
    <message>
        <source>The target account is empty</source>
        <translation>Целевой аккаунт пуст</translation>
    </message>
    <message>
        <source>The target&apos;s request</source>
        <translation>Заявка целевого аккаунта</translation>
    </message>
    <message>
        <source>The student was warned</source>
        <translation>Ученик предупреждён</translation>
    </message>
    <message>
        <source>No other merge is running</source>
        <translation>Другое объединение не выполняется</translation>
    </message>
    <message>
        <source>Your role may merge</source>
        <translation>Права на объединение</translation>
    </message>
    <message>
        <source>The student was &amp;warned that one account loses its progress</source>
        <translation>Ученик &amp;предупреждён, что один из аккаунтов потеряет прогресс</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>The student was warned that one account loses its progress</source>
        <translation>Ученик предупреждён, что один из аккаунтов потеряет прогресс</translation>
    </message>
    <message>
        <source>Required: the merge cannot start without it.</source>
        <translation>Обязательно: без этого объединение не начнётся.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Ask the CRM again whether another merge holds these accounts.</source>
        <translation>Ещё раз узнать в CRM, не заняты ли эти аккаунты другим объединением.</translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3.</source>
        <translation>%1: данные аккаунта %2 переносятся в аккаунт %3.</translation>
    </message>
    <message>
        <source>Asking the CRM whether another merge holds account %1…</source>
        <translation>Проверка в CRM, не занят ли аккаунт %1 другим объединением…</translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation>Запрос к CRM…</translation>
    </message>
    <message>
        <source>The CRM could not be asked whether another merge holds these accounts: %1 Press Check again.</source>
        <translation>Не удалось узнать в CRM, не заняты ли эти аккаунты другим объединением: %1 Нажмите «Проверить снова».</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
</context>
<context>
    <name>opc::ui::PreviewStep</name>
    <message>
        <source>What the merge will do</source>
        <translation>Что сделает объединение</translation>
    </message>
    <message>
        <source>Every step in order, with the values before and after and every text it writes.</source>
        <translation>Все шаги по порядку: значения до и после и все тексты, которые будут записаны.</translation>
    </message>
    <message>
        <source>%1: account %2 moves into account %3. This is what the merge will do, step by step, in this order. Nothing has changed yet: the button below begins.</source>
        <translation>%1: данные аккаунта %2 переносятся в аккаунт %3. Ниже — все шаги объединения в том порядке, в котором они будут выполнены. Пока ничего не изменено: объединение начнётся по кнопке ниже.</translation>
    </message>
    <message>
        <source>Your merge %1 is already registered on these accounts: it is resumed where it stopped instead of starting again.</source>
        <translation>Ваше объединение %1 уже зарегистрировано на этих аккаунтах: оно продолжится с места остановки, а не начнётся заново.</translation>
    </message>
</context>
<context>
    <name>opc::ui::QuoteBreakdownView</name>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Pricing…</source>
        <translation>Расчёт стоимости…</translation>
    </message>
    <message>
        <source>Without discounts:</source>
        <translation>Без скидок:</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message numerus="yes">
        <source>Volume discount %1 % (%Ln personal channel(s)):</source>
        <translation>
            <numerusform>Скидка за объём %1 % (%Ln личный канал):</numerusform>
            <numerusform>Скидка за объём %1 % (%Ln личных канала):</numerusform>
            <numerusform>Скидка за объём %1 % (%Ln личных каналов):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period discount %1 % (%Ln month(s)):</source>
        <translation>
            <numerusform>Скидка за срок %1 % (%Ln месяц):</numerusform>
            <numerusform>Скидка за срок %1 % (%Ln месяца):</numerusform>
            <numerusform>Скидка за срок %1 % (%Ln месяцев):</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner discount %1 % (%2):</source>
        <translation>Партнёрская скидка %1 % (%2):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
</context>
<context>
    <name>opc::ui::RenewDialog</name>
    <message numerus="yes">
        <source>Renew %Ln line(s)</source>
        <translation>
            <numerusform>Продление %Ln линии</numerusform>
            <numerusform>Продление %Ln линий</numerusform>
            <numerusform>Продление %Ln линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of %1, paid as one payment.</source>
        <translation>
            <numerusform>%Ln линия у %1, оплата одним платежом.</numerusform>
            <numerusform>%Ln линии у %1, оплата одним платежом.</numerusform>
            <numerusform>%Ln линий у %1, оплата одним платежом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1. The NFR line is renewed free by the platform when a client paid an invoice in its last 2 months.</source>
        <translation>Не включены: %1. NFR-линию платформа продлевает бесплатно, если за последние 2 месяца её срока клиент оплатил счёт.</translation>
    </message>
    <message>
        <source>Lines to renew</source>
        <translation>Линии для продления</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — expires %4 — %5</source>
        <translation>%1 — %2, %3 — истекает %4 — %5</translation>
    </message>
    <message>
        <source>Period in months</source>
        <translation>Срок в месяцах</translation>
    </message>
    <message>
        <source>6 months or more: 10 % off; 12 months or more: 20 % off.</source>
        <translation>От 6 месяцев — скидка 10 %, от 12 месяцев — скидка 20 %.</translation>
    </message>
    <message>
        <source>&amp;Period, months:</source>
        <translation>&amp;Срок, месяцев:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>&amp;Оплата:</translation>
    </message>
    <message>
        <source>The line will expire on %1.</source>
        <translation>Срок действия линии истечёт %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each line runs %Ln more month(s) from its expiry, or from today when it has expired.</source>
        <translation>
            <numerusform>Каждая линия продлится ещё на %Ln месяц — от даты окончания срока или от сегодняшнего дня, если срок уже истёк.</numerusform>
            <numerusform>Каждая линия продлится ещё на %Ln месяца — от даты окончания срока или от сегодняшнего дня, если срок уже истёк.</numerusform>
            <numerusform>Каждая линия продлится ещё на %Ln месяцев — от даты окончания срока или от сегодняшнего дня, если срок уже истёк.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line to renew: NFR lines are renewed by the platform.</source>
        <translation>Продлевать нечего: NFR-линии продлевает платформа.</translation>
    </message>
</context>
<context>
    <name>opc::ui::RunStep</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Copy the old request&apos;s price set</source>
        <translation>&amp;Скопировать прайс-сет старой заявки</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>Оставить &amp;как есть</translation>
    </message>
    <message>
        <source>Leave for &amp;later</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Merge state</source>
        <translation>Состояние объединения</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Run the failed part again; the finished steps are not repeated.</source>
        <translation>Повторить то, что не удалось; завершённые шаги повторно не выполняются.</translation>
    </message>
    <message>
        <source>Copy the old request&apos;s price set</source>
        <translation>Скопировать прайс-сет старой заявки</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <source>Leave for later</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>waiting for your decision</source>
        <translation>ждёт вашего решения</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Операция %1</translation>
    </message>
    <message>
        <source>Registering the merge on the CRM…</source>
        <translation>Регистрация объединения в CRM…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполнение…</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Выполняется: %1</translation>
    </message>
    <message>
        <source>The merge stopped at “%1”; the reason is shown under the step.</source>
        <translation>Объединение остановилось на шаге «%1»; причина указана под шагом.</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>Объединение остановилось: %1</translation>
    </message>
    <message>
        <source>%1
Fix the cause if you can, then press Retry: the steps already done are not repeated. Or leave it and resume it later from the Merge page.</source>
        <translation>%1
Если можете, устраните причину и нажмите «Повторить»: выполненные шаги не повторяются. Или отложите объединение и продолжите его позже в разделе «Объединение аккаунтов».</translation>
    </message>
    <message>
        <source>Copy the old request&apos;s price set and region to the new request, or keep them as they are?</source>
        <translation>Скопировать прайс-сет и регион из старой заявки в новую или оставить их как есть?</translation>
    </message>
    <message>
        <source>%1
Copy the old request&apos;s price set and region to the new request, or keep them as they are?</source>
        <translation>%1
Скопировать прайс-сет и регион из старой заявки в новую или оставить их как есть?</translation>
    </message>
    <message>
        <source>The merge was refused: %1</source>
        <translation>Объединение отклонено: %1</translation>
    </message>
    <message>
        <source>Closing the merge on the CRM…</source>
        <translation>Закрытие объединения в CRM…</translation>
    </message>
    <message>
        <source>The merge is complete.</source>
        <translation>Объединение завершено.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Начать &amp;заново</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>opc::ui::SettingsPage</name>
    <message>
        <source>The lead rules a team lead may change appear here after sign-in. Waiting for sign-in…</source>
        <translation>После входа здесь появятся правила обработки лидов, которые может менять руководитель группы. Ожидание входа в CRM…</translation>
    </message>
    <message>
        <source>Lead rules</source>
        <translation>Правила обработки лидов</translation>
    </message>
    <message>
        <source>Team leads and admins set how duplicate leads are handled and how order statuses count in the reports.</source>
        <translation>Руководители групп и администраторы определяют, как обрабатываются дубли лидов и как статусы заказов учитываются в отчётах.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Save or undo the changes to the lead rules first: a restart would lose them.</source>
        <translation>Сначала сохраните или отмените изменения в правилах обработки лидов: при перезапуске они пропадут.</translation>
    </message>
</context>
<context>
    <name>opc::ui::SignInDialog</name>
    <message>
        <source>Sign in to the CRM</source>
        <translation>Вход в CRM</translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation>Адрес CRM</translation>
    </message>
    <message>
        <source>https://crm.example.org</source>
        <translation>https://crm.example.org</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Ошибка входа</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>CRM &amp;address:</source>
        <translation>&amp;Адрес CRM:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>Your team lead gives you the access token. It is kept in the system keychain, never in a file.</source>
        <translation>Токен доступа выдаёт руководитель группы. Он хранится в системном хранилище паролей, а не в файле.</translation>
    </message>
    <message>
        <source>Enter the access token your team lead gave you.</source>
        <translation>Введите токен доступа, который вам выдал руководитель группы.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Проверка токена на сервере %1…</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Сохранение токена в системном хранилище паролей…</translation>
    </message>
</context>
<context>
    <name>opc::ui::StartupController</name>
    <message>
        <source>Starting the sandbox CRM…</source>
        <translation>Запуск CRM-песочницы…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>The sandbox CRM could not start: %1</source>
        <translation>Не удалось запустить CRM-песочницу: %1</translation>
    </message>
    <message>
        <source>Signing in to the sandbox…</source>
        <translation>Выполняется вход в песочницу…</translation>
    </message>
    <message>
        <source>The sandbox refused the demo agent:</source>
        <translation>Песочница не приняла демо-оператора:</translation>
    </message>
    <message>
        <source>The saved sign-in was not accepted:</source>
        <translation>Сохранённые данные для входа не приняты:</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <source>Signing in did not complete:</source>
        <translation>Не удалось завершить вход:</translation>
    </message>
</context>
<context>
    <name>opc::ui::StatusGroupBoard</name>
    <message>
        <source>Sort the CRM&apos;s statuses into the groups the lead reports count: drag a status from one group to another.</source>
        <translation>Распределите статусы CRM по группам, которые учитываются в отчётах по лидам: перетащите статус из одной группы в другую.</translation>
    </message>
</context>
<context>
    <name>opc::ui::StatusGroupList</name>
    <message>
        <source>Drag statuses here from another group, or use the context menu to move the selected ones.</source>
        <translation>Перетащите сюда статусы из другой группы или перенесите выбранные через контекстное меню.</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Перенести в «%1»</translation>
    </message>
</context>
<context>
    <name>opc::ui::StepPreviewView</name>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Teacher request</source>
        <translation>Запрос преподавателю</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (без изменений)</translation>
    </message>
</context>
<context>
    <name>opc::ui::SummaryStep</name>
    <message>
        <source>Login link:</source>
        <translation>Ссылка-логинер:</translation>
    </message>
    <message>
        <source>Letter to the teacher:</source>
        <translation>Письмо преподавателю:</translation>
    </message>
    <message>
        <source>&amp;Copy the letter</source>
        <translation>&amp;Скопировать письмо</translation>
    </message>
    <message>
        <source>Start a &amp;new merge</source>
        <translation>Начать &amp;новое объединение</translation>
    </message>
    <message>
        <source>The merge is complete.</source>
        <translation>Объединение завершено.</translation>
    </message>
    <message>
        <source>Old request</source>
        <translation>Старая заявка</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Operation id</source>
        <translation>Идентификатор операции</translation>
    </message>
    <message>
        <source>Find this merge in the audit log by this id.</source>
        <translation>По этому идентификатору объединение можно найти в журнале действий.</translation>
    </message>
    <message>
        <source>Login link</source>
        <translation>Ссылка-логинер</translation>
    </message>
    <message>
        <source>Letter to the teacher</source>
        <translation>Письмо преподавателю</translation>
    </message>
    <message>
        <source>Copy the letter</source>
        <translation>Скопировать письмо</translation>
    </message>
    <message>
        <source>Everything the merge wrote</source>
        <translation>Всё, что записало объединение</translation>
    </message>
    <message>
        <source>Start a new merge</source>
        <translation>Начать новое объединение</translation>
    </message>
    <message>
        <source>Old request:</source>
        <translation>Старая заявка:</translation>
    </message>
    <message>
        <source>New request:</source>
        <translation>Новая заявка:</translation>
    </message>
    <message>
        <source>Operation id:</source>
        <translation>Идентификатор операции:</translation>
    </message>
    <message>
        <source>Everything the merge wrote:</source>
        <translation>Всё, что записало объединение:</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Скопировано</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>opc::ui::WithdrawDialog</name>
    <message>
        <source>Withdraw the reward</source>
        <translation>Вывод вознаграждения</translation>
    </message>
    <message>
        <source>Reward balance: %1. Withdrawals are paid in rubles, %2 at least.</source>
        <translation>Баланс вознаграждения: %1. Выплата — в рублях, не менее %2.</translation>
    </message>
    <message>
        <source>Amount in rubles</source>
        <translation>Сумма в рублях</translation>
    </message>
    <message>
        <source>&amp;Request the withdrawal</source>
        <translation>&amp;Запросить вывод</translation>
    </message>
    <message>
        <source>Request the withdrawal</source>
        <translation>Запросить вывод</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Ask the platform to pay this amount out.</source>
        <translation>Запросить у платформы выплату этой суммы.</translation>
    </message>
    <message>
        <source>Requesting the withdrawal…</source>
        <translation>Отправка запроса на вывод…</translation>
    </message>
</context>
</TS>
