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
        <source>The CRM is receiving too many requests. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>CRM получает слишком много запросов. Подождите %n секунду и повторите попытку.</numerusform>
            <numerusform>CRM получает слишком много запросов. Подождите %n секунды и повторите попытку.</numerusform>
            <numerusform>CRM получает слишком много запросов. Подождите %n секунд и повторите попытку.</numerusform>
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
        <source>The student keeps English account %1 with all its progress. Math moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in math account %2 (%n lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройден %n урок) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройдено %n урока) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт английского %1 со всем прогрессом. Занятия по математике переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте математики %2 (пройдено %n уроков) будет потерян.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The student keeps math account %1 with all its progress. English moves from account %2 to account %3: the intro lesson, reports, teacher, schedule and paid lessons move, but the progress in English account %2 (%n lesson(s) taken) is lost.</source>
        <translation>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройден %n урок) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройдено %n урока) будет потерян.</numerusform>
            <numerusform>У ученика остаётся аккаунт математики %1 со всем прогрессом. Занятия по английскому переходят из аккаунта %2 в аккаунт %3: вводный урок, отчёты, преподаватель, график и оплаченные уроки переносятся, но прогресс в аккаунте английского %2 (пройдено %n уроков) будет потерян.</numerusform>
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
        <source>Target account %1 already has %n lesson(s) taken; only an empty account can take over.</source>
        <translation>
            <numerusform>В целевом аккаунте %1 уже пройден %n урок; принять данные может только пустой аккаунт.</numerusform>
            <numerusform>В целевом аккаунте %1 уже пройдено %n урока; принять данные может только пустой аккаунт.</numerusform>
            <numerusform>В целевом аккаунте %1 уже пройдено %n уроков; принять данные может только пустой аккаунт.</numerusform>
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
        <source>%n audit event(s) were refused by the CRM. They are kept in the local journal and offered to the CRM again when it reconnects or at the next sign-in.</source>
        <translation>
            <numerusform>CRM отклонила %n запись журнала действий. Она сохранена в локальном журнале и будет отправлена повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
            <numerusform>CRM отклонила %n записи журнала действий. Они сохранены в локальном журнале и будут отправлены повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
            <numerusform>CRM отклонила %n записей журнала действий. Они сохранены в локальном журнале и будут отправлены повторно, когда связь с CRM восстановится, или при следующем входе.</numerusform>
        </translation>
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
        <source>The target account %1 is not empty: %n lesson(s) taken there. Only an empty account can receive a merge.</source>
        <translation>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройден %n урок. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройдено %n урока. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
            <numerusform>Целевой аккаунт %1 не пустой: в нём уже пройдено %n уроков. Переносить данные при объединении можно только в пустой аккаунт.</numerusform>
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
    <name>opc::ui::AuditLogPage</name>
    <message>
        <source>The audit log will live here: what every agent did, when, and to which accounts, for team leads to review.</source>
        <translation>Здесь появится журнал действий: что, когда и с какими аккаунтами делал каждый оператор — для проверки руководителями групп.</translation>
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
        <source>%n audit event(s) refused</source>
        <translation>
            <numerusform>CRM отклонила %n запись журнала</numerusform>
            <numerusform>CRM отклонила %n записи журнала</numerusform>
            <numerusform>CRM отклонила %n записей журнала</numerusform>
        </translation>
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
        <source>%n student(s) match. Pick the student:</source>
        <translation>
            <numerusform>Найден %n ученик. Выберите ученика:</numerusform>
            <numerusform>Найдено %n ученика. Выберите ученика:</numerusform>
            <numerusform>Найдено %n учеников. Выберите ученика:</numerusform>
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
    <name>opc::ui::LeadsPage</name>
    <message>
        <source>Lead queues will live here: free leads and my leads, duplicate checks, take, release and comment.</source>
        <translation>Здесь появятся очереди лидов: свободные лиды и мои лиды, проверка на дубли, взятие в работу, освобождение и комментарии.</translation>
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
    <name>opc::ui::PartnerLinesPage</name>
    <message>
        <source>Partner lines will live here: the client lines list with filters, buying, renewing and adding channels with every discount shown.</source>
        <translation>Здесь появятся партнёрские линии: список линий клиентов с фильтрами, покупка, продление и добавление каналов с расшифровкой всех скидок.</translation>
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
        <source>Settings will live here: interface language, the CRM address and the lead rules a team lead may switch.</source>
        <translation>Здесь появятся настройки: язык интерфейса, адрес CRM и правила обработки лидов, которые может включать и отключать руководитель группы.</translation>
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
</TS>
