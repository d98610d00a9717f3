<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/casekeeper/gui/app.py" line="+83"/>
        <source>This is the demo store (sample data). Its passphrase is printed in the terminal that started CaseKeeper.</source>
        <translation>Это демонстрационное хранилище (образец данных). Его парольная фраза выведена в терминале, из которого запущен CaseKeeper.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CaseKeeper is running from a folder that every user of this computer can change ({folder}). Someone could replace the program with one that records your passphrase. Move CaseKeeper to a folder only you or the administrators can change, and start it from there.</source>
        <translation>CaseKeeper запущен из папки, которую может изменить любой пользователь этого компьютера ({folder}). Кто-то может подменить программу другой, которая запишет вашу парольную фразу. Переместите CaseKeeper в папку, которую можете менять только вы или администраторы, и запускайте его оттуда.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users of this computer can open your CaseKeeper data folder ({folder}). Make it yours alone (on Linux and macOS: chmod 700 on that folder).</source>
        <translation>Другие пользователи этого компьютера могут открыть вашу папку данных CaseKeeper ({folder}). Сделайте её доступной только вам (в Linux и macOS: chmod 700 для этой папки).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CaseKeeper data folder ({folder}) belongs to another user account, who can read and change your stores. Use a folder of your own.</source>
        <translation>Ваша папка данных CaseKeeper ({folder}) принадлежит другой учётной записи, которая может читать и изменять ваши хранилища. Используйте собственную папку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CaseKeeper: a safety problem</source>
        <translation>CaseKeeper: проблема безопасности</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_editor.py" line="+23"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Alimnur Turganbay detained at the Dulata border crossing</source>
        <translation>напр. Алимнур Турганбай задержан на пограничном переходе Дулата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given automatically, e.g. CK-2025-0007</source>
        <translation>присваивается автоматически, напр. CK-2025-0007</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The widest audience this case may reach</source>
        <translation>Самый широкий круг, которому можно показать это дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;May be shared with:</source>
        <translation>&amp;Можно показывать:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, in a few sentences</source>
        <translation>Что произошло, в нескольких предложениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Кратко:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the case a title.</source>
        <translation>Дайте делу название.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New case “{title}”</source>
        <translation>Новое дело «{title}»</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+71"/>
        <source>Edit case {ref}</source>
        <translation>Изменить дело {ref}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_list_model.py" line="+244"/>
        <source>The case list could not be read: {error}</source>
        <translation>Не удалось прочитать список дел: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ref</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_case.py" line="+35"/>
        <source>Family interview</source>
        <translation>Беседа с семьёй</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through the pages with the family. Nothing is recorded until Finish; “Pause &amp; close” keeps what was typed, encrypted in the store, for later.</source>
        <translation>Пройдите страницы вместе с семьёй. Ничего не записывается до «Завершить»; «Приостановить &amp; закрыть» сохраняет введённое в зашифрованном виде в хранилище на потом.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a &amp;new case</source>
        <translation>Начать &amp;новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the case open in the window</source>
        <translation>Добавить в дело, открытое в окне</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left empty: made from the name and what happened</source>
        <translation>Если пусто: составляется из имени и того, что произошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview date</source>
        <translation>Дата беседы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Atajurt office, Almaty</source>
        <translation>напр. офис «Атажурт», Алматы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview &amp;date:</source>
        <translation>&amp;Дата беседы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;place:</source>
        <translation>&amp;Место беседы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Record this interview in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Записать эту беседу в&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The interview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Беседа&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to the case open in the window (none is open)</source>
        <translation>Добавить в дело, открытое в окне (ни одно не открыто)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the case open in the window: {ref} — {title}</source>
        <translation>Добавить в дело, открытое в окне: {ref} — {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no name yet</source>
        <translation>имени пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interview about &lt;b&gt;{name}&lt;/b&gt; was paused on {when} by {by}.</source>
        <translation>Беседа о &lt;b&gt;{name}&lt;/b&gt; была приостановлена {when}, кто: {by}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The interview date is not understood.</source>
        <translation>Дата беседы не распознана.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view.py" line="+62"/>
        <source>Case details</source>
        <translation>Сведения о деле</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a case in the list to see it here.</source>
        <translation>Выберите дело в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case summary</source>
        <translation>Краткое описание дела</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case sections</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the title, summary or status</source>
        <translation>Изменить название, описание или статус</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case could not be shown: {error}</source>
        <translation>Не удалось показать это дело: {error}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} withdraws this decision ({audience}, {scope}).
Why, in a few words (optional):</source>
        <translation>{name} отзывает это решение ({audience}, {scope}).
Почему — в нескольких словах (необязательно):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>updated {when}</source>
        <translation>изменено {when}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+20"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources &amp;&amp; Claims</source>
        <translation>&amp;Источники и утверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsent</source>
        <translation>&amp;Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;asks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources disagree</source>
        <translation>Источники расходятся</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+13"/>
        <source>— %n overdue</source>
        <translation>
            <numerusform>— %n просрочена</numerusform>
            <numerusform>— %n просрочены</numerusform>
            <numerusform>— %n просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_claims.py" line="+26"/>
        <source>Add source and claim…</source>
        <translation>Добавить источник и утверждение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a source (testimony, article, document) and what it states</source>
        <translation>Записать источник (показания, статью, документ) и то, что в нём утверждается</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Sources disagree</source>
        <translation>Источники расходятся</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Sources and claims</source>
        <translation>Источники и утверждения</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+33"/>
        <source>reliability: {r}</source>
        <translation>достоверность: {r}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{source} ({details})</source>
        <translation>{source} ({details})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claims recorded.</source>
        <translation>Утверждения не записаны.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>by {author}</source>
        <translation>автор: {author}</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>Sources disagree on %n fact(s) of this case.</source>
        <translation>
            <numerusform>Источники расходятся в %n факте этого дела.</numerusform>
            <numerusform>Источники расходятся в %n фактах этого дела.</numerusform>
            <numerusform>Источники расходятся в %n фактах этого дела.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../src/casekeeper/gui/clipboard_guard.py" line="+209"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;all</source>
        <translation>Копировать &amp;всё</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies leave the clipboard after {n} seconds</source>
        <translation>Скопированное удаляется из буфера обмена через {n} с</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/consent_editor.py" line="+31"/>
        <source>Record a consent decision</source>
        <translation>Записать решение о согласии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who may see:</source>
        <translation>&amp;Кто может видеть:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About:</source>
        <translation>&amp;О чём:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. only if he is sentenced</source>
        <translation>напр. только если ему вынесут приговор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the person to the case first.</source>
        <translation>Сначала добавьте человека в дело.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A conditional consent needs its condition in words.</source>
        <translation>Для согласия с условием опишите условие словами.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared with {audience} only under this condition.</source>
        <translation>Показывается ({audience}) только при этом условии.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record consent of {name}</source>
        <translation>Записать согласие: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdraw consent of {name}</source>
        <translation>Отозвать согласие: {name}</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_consent.py" line="+51"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask each person, in their words. “Only if…” keeps their condition as said. Nothing is shared beyond what they agree to.</source>
        <translation>Спросите каждого, его словами. «Только если…» сохраняет условие так, как оно сказано. Ничего не передаётся сверх того, на что дано согласие.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name the person first: consent is asked per person.</source>
        <translation>Сначала укажите имя человека: согласие спрашивается у каждого отдельно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} — {relation}, asked in person</source>
        <translation>{name} — {relation}, спрошен(а) лично</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — the family decides for him or her</source>
        <translation>{name} — за него или неё решает семья</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{question}”: say on what condition.</source>
        <translation>«{question}»: укажите, при каком условии.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_consent.py" line="+29"/>
        <source>Record a decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person takes this decision back; it stays in the record, greyed</source>
        <translation>Человек отзывает это решение; оно остаётся в записях, серым цветом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may see</source>
        <translation>Кто может видеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers</source>
        <translation>Что охватывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent records</source>
        <translation>Записи о согласии</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{when} by {who}</source>
        <translation>{when}, записал(а) {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{decision}, withdrawn {when}</source>
        <translation>{decision}, отозвано {when}</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../src/casekeeper/gui/custody_timeline.py" line="+26"/>
        <source>acquired</source>
        <translation>получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extracted</source>
        <translation>извлечено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>CustodyTimeline</name>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step this file went through, oldest first, with the hash seen then</source>
        <translation>Каждый шаг, который прошёл этот файл, начиная с самого раннего, с хешем на тот момент</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at {place}</source>
        <translation>место: {place}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no hash recorded</source>
        <translation>хеш не записан</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../src/casekeeper/gui/duplicates_view.py" line="+56"/>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress of the comparison</source>
        <translation>Ход сравнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;again</source>
        <translation>Искать &amp;снова</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alike</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probably also</source>
        <translation>Вероятно, тот же</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs of records that may be one person</source>
        <translation>Пары записей, которые могут быть одним человеком</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why they may be one person</source>
        <translation>Почему это может быть один человек</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the two records one person; Edit ▸ Undo separates them again</source>
        <translation>Сделать две записи одним человеком; «Правка ▸ Отменить» снова разделит их</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Это разные люди</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember they differ: the pair is not suggested again</source>
        <translation>Запомнить, что это разные люди: пара больше не будет предлагаться</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparing everyone recorded…</source>
        <translation>Сравниваем всех записанных людей…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Search again to see the list.</source>
        <translation>Отменено. Запустите поиск снова, чтобы увидеть список.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison failed: {error}</source>
        <translation>Сравнение не удалось: {error}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No likely duplicates: everyone seems recorded once.</source>
        <translation>Вероятных дубликатов нет: похоже, каждый записан один раз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{score}% alike (names alone: {names}%)</source>
        <translation>сходство {score}% (только имена: {names}%)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hometown</source>
        <translation>родной город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthplace</source>
        <translation>место рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father&apos;s name</source>
        <translation>имя отца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge two records</source>
        <translation>Объединить две записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge “{a}” and “{b}” into one person?</source>
        <translation>Объединить «{a}» и «{b}» в одного человека?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name, role, relationship, claim and consent record is kept on the person you keep; differing details go into its notes. Edit ▸ Undo separates them again.</source>
        <translation>Все имена, роли, родственные связи, утверждения и записи о согласии сохраняются у оставляемого человека; отличающиеся сведения попадают в его заметки. «Правка ▸ Отменить» снова разделит их.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Keep “{name}”</source>
        <translation>Оставить «{name}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge into {name}</source>
        <translation>Объединить в {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the same: {a} and {b}</source>
        <translation>Разные люди: {a} и {b}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not done: {error}</source>
        <translation>Не выполнено: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+7"/>
        <source>%n pair(s) of records may be one person each.</source>
        <translation>
            <numerusform>%n пара записей, возможно, описывает одного человека.</numerusform>
            <numerusform>%n пары записей, возможно, описывают одного человека каждая.</numerusform>
            <numerusform>%n пар записей, возможно, описывают одного человека каждая.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../src/casekeeper/gui/edit_commands.py" line="+40"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not finish “{step}”: {error} The undo history was cleared.</source>
        <translation>Не удалось завершить «{step}»: {error} История отмены очищена.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="+223"/>
        <source>Why it was not saved</source>
        <translation>Почему не сохранено</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/event_editor.py" line="+45"/>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Detention at Dulata</source>
        <translation>напр. Задержание в Дулате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place, in any script, e.g. Dulata port</source>
        <translation>место, любым письмом, напр. пункт пропуска Дулата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in it</source>
        <translation>Роль в нём</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. detained, witness, petitioner</source>
        <translation>напр. задержан, свидетель, заявитель</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No people in this case yet: add them on the People tab.</source>
        <translation>В этом деле пока нет людей: добавьте их на вкладке «Люди».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organizations taking part are kept as they are</source>
        <translation>Участвующие организации сохраняются как есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also:</source>
        <translation>Также:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say in a few words what happened.</source>
        <translation>Скажите в нескольких словах, что произошло.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is not understood.</source>
        <translation>Дата не распознана.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add event “{title}”</source>
        <translation>Добавить событие «{title}»</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit event “{title}”</source>
        <translation>Изменить событие «{title}»</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_event.py" line="+19"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A date as well as it is known is enough: “July 2025”, “22 or 23 July 2025”, “c. 2018”. Leave empty what the family does not know.</source>
        <translation>Достаточно даты с той точностью, с какой она известна: «июль 2025», «22 или 23 июля 2025», «ок. 2018». Оставьте пустым то, чего семья не знает.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened</source>
        <translation>Когда это произошло</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Khorgos border crossing, in any script</source>
        <translation>напр. пограничный переход Хоргос, любым письмом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who took him or her, e.g. Ili border police</source>
        <translation>кто его или её забрал, напр. пограничная полиция Или</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By whom:</source>
        <translation>&amp;Кем:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reason the authorities gave, if any</source>
        <translation>причина, названная властями, если была</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason given:</source>
        <translation>&amp;Названная причина:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the family knows of what happened, in their words</source>
        <translation>Что семья знает о произошедшем, своими словами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The date of what happened is not understood.</source>
        <translation>Дата произошедшего не распознана.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_preview.py" line="+229"/>
        <source>Evidence preview</source>
        <translation>Просмотр доказательства</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview caption</source>
        <translation>Подпись к просмотру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview message</source>
        <translation>Сообщение просмотра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extract a &amp;copy…</source>
        <translation>Извлечь &amp;копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract a copy</source>
        <translation>Извлечь копию</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image preview</source>
        <translation>Просмотр изображения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text preview</source>
        <translation>Просмотр текста</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF preview</source>
        <translation>Просмотр PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning about unencrypted copies</source>
        <translation>Предупреждение о незашифрованных копиях</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extract to pla&amp;y…</source>
        <translation>Извлечь для &amp;воспроизведения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract to play</source>
        <translation>Извлечь для воспроизведения</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select an item to preview it.</source>
        <translation>Выберите элемент для просмотра.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypting {name} in memory…</source>
        <translation>Расшифровка {name} в памяти…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file was removed from the vault on {when}. Its description, hashes and custody record are kept.</source>
        <translation>Этот файл удалён из сейфа {when}. Его описание, хеши и цепочка хранения сохранены.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{w} × {h} pixels, decrypted in memory only</source>
        <translation>{w} × {h} пикселей, расшифровано только в памяти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This image could not be decoded for a preview.</source>
        <translation>Не удалось декодировать это изображение для просмотра.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the first {limit} of {size}; extract for the rest.</source>
        <translation>Показаны первые {limit} из {size}; чтобы увидеть остальное, извлеките файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypted in memory only</source>
        <translation>Расшифровано только в памяти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF preview needs QtPdf.</source>
        <translation>Для просмотра PDF нужен QtPdf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Played from memory; nothing is written to disk</source>
        <translation>Воспроизводится из памяти; на диск ничего не записывается</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preview for this kind of file ({type}).</source>
        <translation>Для файлов этого типа ({type}) просмотра нет.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This PDF could not be opened for a preview.</source>
        <translation>Не удалось открыть этот PDF для просмотра.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duration {d}</source>
        <translation>длительность {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration unknown</source>
        <translation>длительность неизвестна</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This recording cannot be played inside CaseKeeper (Qt Multimedia is not installed).</source>
        <translation>Эту запись нельзя воспроизвести в CaseKeeper (Qt Multimedia не установлен).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This recording is too large to play from memory.</source>
        <translation>Эта запись слишком велика для воспроизведения из памяти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To play it, extract a copy — the copy is NOT encrypted: anyone with access to this computer can open it. Delete it when done.</source>
        <translation>Чтобы воспроизвести запись, извлеките копию — копия НЕ зашифрована: её может открыть любой, у кого есть доступ к этому компьютеру. Удалите её, когда закончите.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="-6"/>
        <source>%n page(s), decrypted in memory only</source>
        <translation>
            <numerusform>%n страница, расшифровано только в памяти</numerusform>
            <numerusform>%n страницы, расшифровано только в памяти</numerusform>
            <numerusform>%n страниц, расшифровано только в памяти</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_tab.py" line="+70"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files</source>
        <translation>Импортировать файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt copies of files into this case&apos;s vault (or drop files on this tab)</source>
        <translation>Зашифровать копии файлов в сейф этого дела (или перетащите файлы на эту вкладку)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import fo&amp;lder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import folder</source>
        <translation>Импортировать папку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt every file inside a folder into this case&apos;s vault</source>
        <translation>Зашифровать все файлы из папки в сейф этого дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop files and folders here</source>
        <translation>или перетащите сюда файлы и папки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtract…</source>
        <translation>Из&amp;влечь…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+476"/>
        <source>Extract an unencrypted copy</source>
        <translation>Извлечь незашифрованную копию</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>Write an unencrypted copy of the selected file</source>
        <translation>Записать незашифрованную копию выбранного файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+552"/>
        <source>Remove from the vault</source>
        <translation>Удалить из сейфа</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>Erase the selected file; its description and custody record stay</source>
        <translation>Стереть выбранный файл; его описание и цепочка хранения останутся</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence message</source>
        <translation>Сообщение о доказательствах</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence in this case yet. Import files, or drop them here.</source>
        <translation>В этом деле пока нет доказательств. Импортируйте файлы или перетащите их сюда.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence details</source>
        <translation>Сведения о доказательстве</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain of custody (oldest first)</source>
        <translation>Цепочка хранения (сначала ранние)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The evidence list could not be loaded: {error}</source>
        <translation>Не удалось загрузить список доказательств: {error}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>removed {when}</source>
        <translation>удалено {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in vault</source>
        <translation>в сейфе</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This file could not be shown: {error}</source>
        <translation>Не удалось показать этот файл: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>duration {d}</source>
        <translation>длительность {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquired {when} by {who}</source>
        <translation>Получено {when}, получил(а) {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {whom}</source>
        <translation>от: {whom}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at {place}</source>
        <translation>место: {place}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>taken {when}</source>
        <translation>снято {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>camera: {camera}</source>
        <translation>камера: {camera}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS {lat:.5f}, {lon:.5f}</source>
        <translation>GPS {lat:.5f}, {lon:.5f}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed from the vault {when}; only this record remains.</source>
        <translation>Удалено из сейфа {when}; осталась только эта запись.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import files into the case</source>
        <translation>Импорт файлов в дело</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import every file in a folder</source>
        <translation>Импорт всех файлов из папки</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop to import into this case.</source>
        <translation>Отпустите, чтобы импортировать в это дело.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The copy will not be encrypted</source>
        <translation>Копия не будет зашифрована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of {name}?</source>
        <translation>Записать незашифрованную копию {name}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy at {path} will NOT be encrypted: anyone with access to this computer or its disk can open it. The extraction is recorded in the chain of custody. Delete the copy when you no longer need it.</source>
        <translation>Копия в {path} НЕ будет зашифрована: её может открыть любой, у кого есть доступ к этому компьютеру или его диску. Извлечение записывается в цепочку хранения. Удалите копию, когда она больше не нужна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write unencrypted copy</source>
        <translation>Записать незашифрованную копию</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Extraction cancelled; no copy was written.</source>
        <translation>Извлечение отменено; копия не записана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No copy was written: {error}</source>
        <translation>Копия не записана: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote an unencrypted copy to {path}. Delete it when done.</source>
        <translation>Незашифрованная копия записана в {path}. Удалите её, когда закончите.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Extracting {name}…</source>
        <translation>Извлечение {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove {name} from the vault?</source>
        <translation>Удалить {name} из сейфа?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encrypted file is erased and cannot be previewed or extracted again. Its description, hashes and chain of custody stay in the case, with a &apos;removed&apos; entry.</source>
        <translation>Зашифрованный файл будет стёрт; его больше нельзя будет просмотреть или извлечь. Его описание, хеши и цепочка хранения останутся в деле с записью «удалено».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removing {name}…</source>
        <translation>Удаление {name}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not removed: {error}</source>
        <translation>Файл не удалён: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extracting</source>
        <translation>Извлечение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>Imported %n file(s) into {case}.</source>
        <translation>
            <numerusform>Импортирован %n файл в {case}.</numerusform>
            <numerusform>Импортировано %n файла в {case}.</numerusform>
            <numerusform>Импортировано %n файлов в {case}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Импортирован %n файл.</numerusform>
            <numerusform>Импортировано %n файла.</numerusform>
            <numerusform>Импортировано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>Импорт %n элемента…</numerusform>
            <numerusform>Импорт %n элементов…</numerusform>
            <numerusform>Импорт %n элементов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FuzzyDateField</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="-218"/>
        <source>e.g. 22 July 2025</source>
        <translation>напр. 22 июля 2025</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. July 2025, c. 1979</source>
        <translation>напр. июль 2025, около 1979</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not a date CaseKeeper understands. Try: 2025, July 2025, 22 July 2025, 22.07.2025, 2025-07-22 or 23, c. 1979.</source>
        <translation>CaseKeeper не понимает эту дату. Попробуйте: 2025, июль 2025, 22 июля 2025, 22.07.2025, 22 или 23 июля 2025, около 1979.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A due date needs one day, e.g. 22 July 2025.</source>
        <translation>Срок — это один день, напр. 22.07.2025.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_history.py" line="+172"/>
        <source>The history could not be read: {error}</source>
        <translation>Не удалось прочитать историю: {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{author} on device {device}</source>
        <translation>{author} на устройстве {device}</translation>
    </message>
</context>
<context>
    <name>HistoryRecord</name>
    <message>
        <location line="-190"/>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relationship</source>
        <translation>родство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custody record</source>
        <translation>запись о хранении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity</source>
        <translation>конфиденциальность</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location line="+206"/>
        <source>Change history of this case</source>
        <translation>История изменений этого дела</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the change log…</source>
        <translation>Читаем журнал изменений…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest changes first; scroll down for older ones.</source>
        <translation>Сначала новые изменения; прокрутите вниз, чтобы увидеть более старые.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/answers.py" line="+45"/>
        <source>wife</source>
        <translation>жена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>husband</source>
        <translation>муж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daughter</source>
        <translation>дочь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>son</source>
        <translation>сын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sister</source>
        <translation>сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brother</source>
        <translation>брат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandchild</source>
        <translation>внук или внучка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandparent</source>
        <translation>дедушка или бабушка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncle or aunt</source>
        <translation>дядя или тётя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nephew or niece</source>
        <translation>племянник или племянница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cousin</source>
        <translation>двоюродный брат или сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-law</source>
        <translation>родственник по браку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friend</source>
        <translation>друг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other relation</source>
        <translation>другое родство</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>May we publish your name?</source>
        <translation>Можно ли опубликовать ваше имя?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish your photo?</source>
        <translation>Можно ли опубликовать ваше фото?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish what you told us?</source>
        <translation>Можно ли опубликовать то, что вы нам рассказали?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May we share everything with lawyers and UN bodies?</source>
        <translation>Можно ли передать всё юристам и органам ООН?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>May we publish {name}&apos;s name?</source>
        <translation>Можно ли опубликовать имя {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish {name}&apos;s photo?</source>
        <translation>Можно ли опубликовать фото {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May we publish what the family told us about {name}?</source>
        <translation>Можно ли опубликовать то, что семья рассказала нам о {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May we share everything about {name} with lawyers and UN bodies?</source>
        <translation>Можно ли передать всё о {name} юристам и органам ООН?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not asked</source>
        <translation>не спрошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if…</source>
        <translation>только если…</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/records.py" line="+149"/>
        <source>{kind} at {place}</source>
        <translation>{kind}: {place}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown person</source>
        <translation>неизвестное лицо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: {kind} at {place}</source>
        <translation>{name}: {kind}, {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {kind}</source>
        <translation>{name}: {kind}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add {name} to the case</source>
        <translation>Добавить {name} в дело</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+176"/>
        <source>Add {name}</source>
        <translation>Добавить: {name}</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Reason given: {reason}</source>
        <translation>Названная причина: {reason}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Testimony of {name}</source>
        <translation>Показания {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family interview</source>
        <translation>Беседа с семьёй</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Interview: {name}</source>
        <translation>Беседа: {name}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Family interview on {date} in {place}.</source>
        <translation>Беседа с семьёй {date}, место: {place}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family interview: {when}.</source>
        <translation>Беседа с семьёй: {when}.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_base.py" line="+22"/>
        <source>What to fix on this page</source>
        <translation>Что исправить на этой странице</translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="+93"/>
        <location line="+1"/>
        <source>Family interview</source>
        <translation>Беседа с семьёй</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause &amp;&amp; close</source>
        <translation>&amp;Приостановить и закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish: record it all</source>
        <translation>&amp;Завершить: записать всё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what was typed, encrypted in the store, and resume it later</source>
        <translation>Сохранить введённое в зашифрованном виде в хранилище и продолжить позже</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The draft could not be kept: {error}</source>
        <translation>Не удалось сохранить черновик: {error}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was recorded: {error}</source>
        <translation>Ничего не записано: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casekeeper/gui/main_window.py" line="+73"/>
        <location line="+1"/>
        <source>CaseKeeper</source>
        <translation>CaseKeeper</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the store and hide every case until unlocked</source>
        <translation>Закрыть хранилище и скрыть все дела до разблокировки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search names in any script, places, events, sources…</source>
        <translation>Поиск имён на любом письме, мест, событий, источников…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of cases</source>
        <translation>Число дел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case list</source>
        <translation>Список дел</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show cases of status</source>
        <translation>Показать дела со статусом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the cases of one status</source>
        <translation>Показать только дела с одним статусом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseKeeper is locked. Nothing of the store is shown.</source>
        <translation>CaseKeeper заблокирован. Ничего из хранилища не показывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store location</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Store: {path}</source>
        <translation>Хранилище: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer: …</source>
        <translation>Подпись: …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer: {fingerprint}</source>
        <translation>Подпись: {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of this store&apos;s signing key, printed in every bundle it signs</source>
        <translation>Отпечаток ключа подписи этого хранилища; он указан в каждом подписанном им пакете</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Work that was running when CaseKeeper locked was cancelled and undone.</source>
        <translation>Работа, выполнявшаяся в момент блокировки CaseKeeper, отменена, её изменения откачены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked: {path}</source>
        <translation>Заблокировано: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase changed. The old passphrase no longer opens this store.</source>
        <translation>Парольная фраза изменена. Старая парольная фраза больше не открывает это хранилище.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;person in this case…</source>
        <translation>Новый &amp;человек в этом деле…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People probably recorded twice</source>
        <translation>Люди, вероятно записанные дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="+51"/>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a case first: people are added to a case.</source>
        <translation>Сначала откройте дело: люди добавляются в дело.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+1"/>
        <source>%n case(s) found</source>
        <translation>
            <numerusform>Найдено %n дело</numerusform>
            <numerusform>Найдено %n дела</numerusform>
            <numerusform>Найдено %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/statistics_view.py" line="+315"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts by status, by place and over time</source>
        <translation>Подсчёт по статусу, месту и времени</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/wizard.py" line="-20"/>
        <source>&amp;Interview…</source>
        <translation>&amp;Беседа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guided form for a family interview; can be paused</source>
        <translation>Пошаговая форма беседы с семьёй; можно приостановить</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Interview paused: Records ▸ Interview… resumes it.</source>
        <translation>Беседа приостановлена: Записи ▸ Беседа… продолжит её.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview recorded. Ctrl+Z takes it back.</source>
        <translation>Беседа записана. Ctrl+Z отменяет это.</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/matches_panel.py" line="+45"/>
        <source>&lt;b&gt;Already recorded?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Уже записан?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Type a name to see people recorded under a like one.</source>
        <translation>Введите имя, чтобы увидеть людей, записанных под похожим.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>People already recorded with a like name</source>
        <translation>Люди, уже записанные под похожим именем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the same person: &amp;use the record</source>
        <translation>Это тот же человек: &amp;использовать запись</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not look for matches: {error}</source>
        <translation>Не удалось найти совпадения: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No one recorded under a name like “{name}”.</source>
        <translation>Никто не записан под именем, похожим на «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded under a name like “{name}”:</source>
        <translation>Записаны под именем, похожим на «{name}»:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>born {date}</source>
        <translation>род. {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {place}</source>
        <translation>из: {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {cases}</source>
        <translation>в делах: {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no case</source>
        <translation>ни в одном деле</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matched “{name}”: {why}</source>
        <translation>совпало с «{name}»: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same spelling</source>
        <translation>то же написание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same name written in {script} ({percent}% alike)</source>
        <translation>то же имя, записанное письмом «{script}» (сходство {percent}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another spelling ({percent}% alike)</source>
        <translation>другое написание (сходство {percent}%)</translation>
    </message>
</context>
<context>
    <name>MemoryPlayer</name>
    <message>
        <location filename="../../src/casekeeper/gui/evidence_player.py" line="+51"/>
        <source>Recording player</source>
        <translation>Проигрыватель записей</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+83"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Recording details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or pause</source>
        <translation>Воспроизвести или приостановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Position in the recording</source>
        <translation>Позиция в записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/passphrase_dialog.py" line="+52"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new passphrase replaces the old one at once: the old passphrase will no longer open this store. Your recovery key keeps working. Use at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Новая парольная фраза сразу заменяет старую: старая больше не откроет это хранилище. Ключ восстановления продолжает действовать. Используйте не менее {n} символов; несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase check</source>
        <translation>Проверка парольной фразы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>Новая парольная фраза слишком короткая: используйте не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases do not match.</source>
        <translation>Две новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The passphrase was not changed: {error}</source>
        <translation>Парольная фраза не изменена: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_people.py" line="+43"/>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People (double-click to edit)</source>
        <translation>Люди (двойной щелчок — изменить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to this case (Ctrl+Shift+P)</source>
        <translation>Добавить человека в это дело (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit person…</source>
        <translation>Изменить данные человека…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this case: {roles}</source>
        <translation>В этом деле: {roles}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthplace:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hometown:</source>
        <translation>Родной город:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity:</source>
        <translation>Национальность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation:</source>
        <translation>Род занятий:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also in:</source>
        <translation>Также в делах:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/person_editor.py" line="+185"/>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Names&lt;/b&gt; — every spelling and script you know</source>
        <translation>&lt;b&gt;Имена&lt;/b&gt; — все известные вам написания и письменности</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+153"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>A name, in any script</source>
        <translation>Имя, любым письмом</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+144"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+128"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+2"/>
        <source>Remove this name</source>
        <translation>Удалить это имя</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Document kind</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document status</source>
        <translation>Состояние документа</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Remove this document</source>
        <translation>Удалить этот документ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Add &amp;another name</source>
        <translation>Добавить &amp;ещё имя</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Already recorded?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Уже записан?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Type a name to see people recorded under a like one.</source>
        <translation>Введите имя, чтобы увидеть людей, записанных под похожим.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>People already recorded with a like name</source>
        <translation>Люди, уже записанные под похожим именем</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add this person to the &amp;case instead</source>
        <translation>Вместо этого добавить этого человека в &amp;дело</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Born:</source>
        <translation>&amp;Родился:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>town or county, in any script</source>
        <translation>город или район, любым письмом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;Родной город:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Kazakhstan, China</source>
        <translation>напр. Казахстан, Китай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Гражданства:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;document</source>
        <translation>Добавить &amp;документ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Роль в этом деле:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At least one name is needed (it can be a description: “unknown driver”).</source>
        <translation>Нужно хотя бы одно имя (можно описание: «неизвестный водитель»).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not look for matches: {error}</source>
        <translation>Не удалось найти совпадения: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No one recorded under a name like “{name}”.</source>
        <translation>Никто не записан под именем, похожим на «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded under a name like “{name}”:</source>
        <translation>Записаны под именем, похожим на «{name}»:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>born {date}</source>
        <translation>род. {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {place}</source>
        <translation>из: {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {cases}</source>
        <translation>в делах: {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in no case</source>
        <translation>ни в одном деле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matched “{name}”: {why}</source>
        <translation>совпало с «{name}»: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the same spelling</source>
        <translation>то же написание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same name written in {script} ({percent}% alike)</source>
        <translation>то же имя, записанное письмом «{script}» (сходство {percent}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another spelling ({percent}% alike)</source>
        <translation>другое написание (сходство {percent}%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is already in this case ({roles}).</source>
        <translation>{name} уже есть в этом деле ({roles}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is the same person, add {name} to this case as {role} instead of recording them again.</source>
        <translation>Если это тот же человек, добавьте {name} в это дело как «{role}», а не записывайте заново.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add {name} to the case</source>
        <translation>Добавить {name} в дело</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give at least one name.</source>
        <translation>Укажите хотя бы одно имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is not understood.</source>
        <translation>Дата рождения не распознана.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add {name}</source>
        <translation>Добавить: {name}</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+408"/>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_person.py" line="+47"/>
        <source>The missing or detained person</source>
        <translation>Пропавший или задержанный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every spelling you hear or see, in every script: Latin, Cyrillic, Chinese, Arabic. People already recorded under a like name are shown on the right.</source>
        <translation>Каждое написание, которое вы слышите или видите, любым письмом: латиница, кириллица, китайское, арабское. Люди, уже записанные под похожим именем, показаны справа.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record a &amp;new person instead</source>
        <translation>Вместо этого записать &amp;нового человека</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;Names&lt;/b&gt; — every spelling and script you know</source>
        <translation>&lt;b&gt;Имена&lt;/b&gt; — все известные вам написания и письменности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;another spelling</source>
        <translation>Добавить &amp;другое написание</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Status now:</source>
        <translation>&amp;Статус сейчас:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Born:</source>
        <translation>&amp;Родился:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>town or county, in any script</source>
        <translation>город или район, любым письмом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;Родной город:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. truck driver</source>
        <translation>напр. водитель грузовика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Род занятий:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kazakhstan, China</source>
        <translation>напр. Казахстан, Китай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Гражданства:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;document</source>
        <translation>Добавить &amp;документ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no case</source>
        <translation>нет дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Using the record of &lt;b&gt;{name}&lt;/b&gt; (in {cases}). The names and details typed here are added to it; nothing recorded is overwritten.</source>
        <translation>Используется запись &lt;b&gt;{name}&lt;/b&gt; (в {cases}). Введённые здесь имена и сведения добавляются к ней; ничего записанного не перезаписывается.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Using the record of &lt;b&gt;{name}&lt;/b&gt;. The names and details typed here are added to it.</source>
        <translation>Используется запись &lt;b&gt;{name}&lt;/b&gt;. Введённые здесь имена и сведения добавляются к ней.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give at least one name (it can be a description: “unknown driver”).</source>
        <translation>Укажите хотя бы одно имя (это может быть описание: «неизвестный водитель»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date is not understood.</source>
        <translation>Дата рождения не распознана.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/recovery_key_page.py" line="+21"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the store. Write it down on paper now and keep it somewhere safe, away from this computer. It is shown only once: CaseKeeper keeps no copy.</source>
        <translation>Если парольная фраза забудется, этот ключ — единственный способ открыть хранилище. Запишите его сейчас на бумаге и храните в надёжном месте, отдельно от этого компьютера. Он показывается только один раз: CaseKeeper не хранит его копию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have written it down</source>
        <translation>Я записал(а) его</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="+100"/>
        <source>spouse of</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent of</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child of</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sibling of</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandparent of</source>
        <translation>дедушка или бабушка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grandchild of</source>
        <translation>внук или внучка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncle or aunt of</source>
        <translation>дядя или тётя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nephew or niece of</source>
        <translation>племянник или племянница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cousin of</source>
        <translation>двоюродный брат или сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-law of</source>
        <translation>родственник по браку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friend of</source>
        <translation>друг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague of</source>
        <translation>коллега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related to</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{kind} of</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} — {relation} — {relative}</source>
        <translation>{person} — {relation} по отношению к {relative}</translation>
    </message>
</context>
<context>
    <name>RelationshipGraph</name>
    <message>
        <location filename="../../src/casekeeper/gui/relationship_graph.py" line="+101"/>
        <source>Family and relationship graph</source>
        <translation>Схема семьи и родственных связей</translation>
    </message>
</context>
<context>
    <name>RelativesPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_relatives.py" line="+71"/>
        <source>The relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is at the interview, and how each is related to the person: “wife”, “eldest daughter”… Contact details stay internal.</source>
        <translation>Кто присутствует на беседе и кем каждый приходится человеку: «жена», «старшая дочь»… Контактные данные остаются внутренними.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spelling</source>
        <translation>Другое написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the person&apos;s</source>
        <translation>Приходится человеку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;relative</source>
        <translation>Добавить &amp;родственника</translation>
    </message>
</context>
<context>
    <name>RequiredText</name>
    <message>
        <location filename="../../src/casekeeper/gui/form_fields.py" line="+51"/>
        <source>{what} is needed.</source>
        <translation>Нужно указать: {what}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_review.py" line="+24"/>
        <source>Check and finish</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish records all of this at once, linked together. One Undo (Ctrl+Z) takes it all back.</source>
        <translation>«Завершить» записывает всё это сразу, со связями. Одна отмена (Ctrl+Z) возвращает всё назад.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be recorded</source>
        <translation>Что будет записано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording status</source>
        <translation>Статус записи</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="-35"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>китайское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>арабское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>японское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>корейское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>греческое письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>еврейское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>монгольское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>тибетское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no letters</source>
        <translation>без букв</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/settings_dialog.py" line="+45"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Блокировать после минут бездействия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseKeeper also locks when the computer goes to sleep or its screen locks. Copied names and texts leave the clipboard after 30 seconds.</source>
        <translation>CaseKeeper также блокируется, когда компьютер уходит в сон или блокируется его экран. Скопированные имена и тексты удаляются из буфера обмена через 30 секунд.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used from the next start of CaseKeeper.</source>
        <translation>Новый язык будет использоваться со следующего запуска CaseKeeper.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default export audience</source>
        <translation>Аудитория экспорта по умолчанию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signer fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the signer fingerprint</source>
        <translation>Копировать отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to give it to a lawyer</source>
        <translation>Скопировать отпечаток, чтобы передать его юристу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store signs every bundle it exports. Give this fingerprint to the people who receive them (in person, or by a second channel) so they can check that a bundle comes from you.</source>
        <translation>Это хранилище подписывает каждый экспортируемый пакет. Передайте этот отпечаток получателям (лично или по другому каналу), чтобы они могли проверить, что пакет пришёл от вас.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;audience:</source>
        <translation>&amp;Аудитория по умолчанию:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing identity</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Отпечаток:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unlock the store to see it</source>
        <translation>Разблокируйте хранилище, чтобы увидеть его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/source_editor.py" line="+58"/>
        <source>Edit source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Testimony of Guldariya</source>
        <translation>напр. Показания Гульдарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;By:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the source</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reliability:</source>
        <translation>&amp;Надёжность:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web address, if any (never opened here)</source>
        <translation>веб-адрес, если есть (здесь не открывается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The testimony text, or notes on the article</source>
        <translation>Текст показаний или заметки о статье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ontent:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It states (optional: add a claim)</source>
        <translation>Он утверждает (необязательно: добавьте утверждение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a claim it makes (optional)</source>
        <translation>Добавить утверждение из него (необязательно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— no claim —</source>
        <translation>— без утверждения —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event: {label}</source>
        <translation>Событие: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case itself</source>
        <translation>Само дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the claim is about</source>
        <translation>О чём утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout:</source>
        <translation>&amp;О чём:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which fact</source>
        <translation>Какой факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fact:</source>
        <translation>&amp;Факт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the source says</source>
        <translation>Что говорит источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the source says, e.g. 22 July 2025</source>
        <translation>что говорит источник, напр. 22 июля 2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Say which fact the source states.</source>
        <translation>Укажите, какой факт утверждает источник.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the source states (or choose “no claim”).</source>
        <translation>Укажите, что утверждает источник (или выберите «без утверждения»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a date CaseKeeper understands. Try: 22 July 2025, July 2025, c. 1979.</source>
        <translation>CaseKeeper не понимает эту дату. Попробуйте: 22 июля 2025, июль 2025, около 1979.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the source a title.</source>
        <translation>Дайте источнику название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source&apos;s date is not understood.</source>
        <translation>Дата источника не распознана.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Add source “{title}”</source>
        <translation>Добавить источник «{title}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit source “{title}”</source>
        <translation>Изменить источник «{title}»</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/casekeeper/gui/statistics_view.py" line="-276"/>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Totals</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Count again</source>
        <translation>&amp;Пересчитать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases by status</source>
        <translation>Дела по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People the cases are about, by status</source>
        <translation>Люди, о которых дела, по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where events happened</source>
        <translation>Где происходили события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Во времени</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not count: {error}</source>
        <translation>Не удалось подсчитать: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event has a place yet.</source>
        <translation>Ни у одного события пока нет места.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases recorded</source>
        <translation>Записано дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (when they happened)</source>
        <translation>События (когда произошли)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over time, by month</source>
        <translation>Во времени, по месяцам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over time, by year</source>
        <translation>Во времени, по годам</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not in the charts: {what}.</source>
        <translation>Не вошло в диаграммы: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="numerus_sources.py" line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) without a place</source>
        <translation>
            <numerusform>%n событие без места</numerusform>
            <numerusform>%n события без места</numerusform>
            <numerusform>%n событий без места</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) without a date</source>
        <translation>
            <numerusform>%n событие без даты</numerusform>
            <numerusform>%n события без даты</numerusform>
            <numerusform>%n событий без даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) known only by year, not in the months</source>
        <translation>
            <numerusform>%n событие известно только по году и не показано по месяцам</numerusform>
            <numerusform>%n события известны только по году и не показаны по месяцам</numerusform>
            <numerusform>%n событий известны только по году и не показаны по месяцам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/casekeeper/gui/task_editor.py" line="+25"/>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. File petition with the consulate</source>
        <translation>напр. Подать обращение в консульство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what is to be done.</source>
        <translation>Скажите, что нужно сделать.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add task “{title}”</source>
        <translation>Добавить задачу «{title}»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit task “{title}”</source>
        <translation>Изменить задачу «{title}»</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_tasks.py" line="+52"/>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens after the interview; each step becomes a task of the case.</source>
        <translation>Что происходит после беседы; каждый шаг становится задачей дела.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;step</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Often:</source>
        <translation>Часто:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Petition the consulate</source>
        <translation>Обратиться с прошением в консульство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the UN Working Group on Enforced Disappearances</source>
        <translation>Написать в Рабочую группу ООН по насильственным исчезновениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the family back</source>
        <translation>Перезвонить семье</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A due date needs one day, e.g. 22 July 2025.</source>
        <translation>Срок — это один день, напр. 22.07.2025.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_tasks.py" line="+26"/>
        <source>Add task…</source>
        <translation>Добавить задачу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit task…</source>
        <translation>Изменить задачу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>TestimonyPage</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_testimony.py" line="+35"/>
        <source>The testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the family tells, as they tell it. It is kept as a testimony source of the case (internal until consent allows more).</source>
        <translation>То, что рассказывает семья, так, как она рассказывает. Хранится как источник-показание дела (внутренний, пока согласие не позволит большего).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name of whoever speaks</source>
        <translation>имя говорящего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker&apos;s name</source>
        <translation>Имя говорящего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who speaks:</source>
        <translation>&amp;Кто говорит:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The testimony, in the speaker&apos;s words</source>
        <translation>Показания, словами говорящего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimony:</source>
        <translation>&amp;Показания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Record audio</source>
        <translation>● Записать звук</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>someone else…</source>
        <translation>кто-то другой…</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <location filename="../../src/casekeeper/gui/timeline_axis.py" line="+83"/>
        <source>Events on a time axis</source>
        <translation>События на оси времени</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>No events recorded yet.</source>
        <translation>Событий пока не записано.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ sources disagree on this date</source>
        <translation>⚠ источники расходятся в этой дате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../src/casekeeper/gui/case_view_timeline.py" line="+44"/>
        <source>Add event…</source>
        <translation>Добавить событие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit event…</source>
        <translation>Изменить событие…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Point at an event to see its place and people; click to select it.</source>
        <translation>Наведите на событие, чтобы увидеть место и людей; щёлкните, чтобы выбрать его.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>in {place}</source>
        <translation>место: {place}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{date}
⚠ sources disagree</source>
        <translation>{date}
⚠ источники расходятся</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sources disagree on this date:</source>
        <translation>Источники расходятся в этой дате:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/casekeeper/gui/unlock_dialog.py" line="+66"/>
        <source>Unlock CaseKeeper</source>
        <translation>Разблокировать CaseKeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock store</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store: {path}</source>
        <translation>Хранилище: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store location</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery key instead</source>
        <translation>Использовать ключ восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no store here yet. Choose a passphrase to create one: at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Здесь пока нет хранилища. Чтобы создать его, выберите парольную фразу: не менее {n} символов; несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase check</source>
        <translation>Проверка парольной фразы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock the store</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new store</source>
        <translation>Создание нового хранилища</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create store</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <translation>Запишите ключ восстановления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseKeeper — {step}</source>
        <translation>CaseKeeper — {step}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>Парольная фраза слишком короткая: используйте не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases do not match.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type the recovery key.</source>
        <translation>Введите ключ восстановления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking with the recovery key…</source>
        <translation>Разблокировка ключом восстановления…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Creating the store…</source>
        <translation>Создание хранилища…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store created at {path}</source>
        <translation>Хранилище создано в {path}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CaseKeeper could not open the store: {error}</source>
        <translation>CaseKeeper не смог открыть хранилище: {error}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/casekeeper/gui/labels.py" line="-111"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>пропал(а) без вести</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detained</source>
        <translation>задержан(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentenced</source>
        <translation>осуждён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>house arrest</source>
        <translation>домашний арест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>освобождён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deceased</source>
        <translation>умер(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe</source>
        <translation>в безопасности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal name</source>
        <translation>официальное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alias</source>
        <translation>другое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transliteration</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth name</source>
        <translation>имя при рождении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nickname</source>
        <translation>прозвище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>victim</source>
        <translation>пострадавший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informant</source>
        <translation>информатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official</source>
        <translation>должностное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>нарушитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advocate</source>
        <translation>защитник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detention</source>
        <translation>задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappearance</source>
        <translation>исчезновение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrest</source>
        <translation>арест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protest</source>
        <translation>протест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>штраф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentencing</source>
        <translation>приговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petition</source>
        <translation>петиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>border crossing</source>
        <translation>пересечение границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrogation</source>
        <translation>допрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testimony</source>
        <translation>показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interview</source>
        <translation>интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>news article</source>
        <translation>новостная статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official document</source>
        <translation>официальный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media post</source>
        <translation>публикация в соцсетях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubtful</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>публично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partners (lawyers, UN bodies)</source>
        <translation>партнёры (юристы, органы ООН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal only</source>
        <translation>только для внутреннего пользования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>дано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditional</source>
        <translation>с условиями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>контактные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity documents</source>
        <translation>документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>местонахождение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card</source>
        <translation>удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citizenship certificate</source>
        <translation>свидетельство о гражданстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residence permit</source>
        <translation>вид на жительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confiscated</source>
        <translation>изъят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>истёк срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>аннулирован</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Name</source>
        <translation type="obsolete">Имя</translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="obsolete">Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="obsolete">Язык</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="obsolete">Вид</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_consent.py" line="-104"/>
        <source>Only if</source>
        <translation>Только если</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if… e.g. he is sentenced</source>
        <translation>только если… напр. его осудят</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_relatives.py" line="-63"/>
        <source>Relative&apos;s name</source>
        <translation>Имя родственника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name, in any script</source>
        <translation>имя, любым письмом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another spelling</source>
        <translation>Другое написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another spelling or script</source>
        <translation>другое написание или письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to the person</source>
        <translation>Кем приходится человеку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took part in this interview</source>
        <translation>Участвовал(а) в этой беседе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, messenger</source>
        <translation>телефон, мессенджер</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this relative</source>
        <translation>Удалить этого родственника</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_review.py" line="+45"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to</source>
        <translation>Добавлено в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as</source>
        <translation>Записано как</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Родился(-ась)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenships</source>
        <translation>Гражданства</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By whom</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Testimony</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begins</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only if {condition}</source>
        <translation>только если {condition}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lawyers and UN bodies</source>
        <translation>юристы и органы ООН</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_tasks.py" line="-98"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. file a petition with the consulate</source>
        <translation>напр. подать прошение в консульство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who does it</source>
        <translation>Кто выполняет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who</source>
        <translation>кто</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove this step</source>
        <translation>Удалить этот шаг</translation>
    </message>
    <message>
        <location filename="../../src/casekeeper/gui/interview/page_testimony.py" line="+34"/>
        <source>Recording is off: the vault can only take in a finished file, so a recording would first lie unencrypted on disk. Record on a device you trust and import the file under Evidence.</source>
        <translation>Запись отключена: хранилище принимает только готовый файл, поэтому запись сначала лежала бы на диске незашифрованной. Записывайте на доверенном устройстве и импортируйте файл в разделе «Доказательства».</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Statistics</source>
        <translation type="vanished">&amp;Статистика</translation>
    </message>
    <message>
        <source>Counts by status, by place and over time</source>
        <translation type="vanished">Подсчёт по статусу, месту и времени</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Вид</translation>
    </message>
</context>
</TS>
