<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>Cramp now</source>
            <translation>Если свело ногу</translation>
        </message>
        <message>
            <source>For 1 hour</source>
            <translation>На 1 час</translation>
        </message>
        <message>
            <source>For 2 hours</source>
            <translation>На 2 часа</translation>
        </message>
        <message>
            <source>For 30 minutes</source>
            <translation>На 30 минут</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>I drank a glass</source>
            <translation>Я выпила стакан</translation>
        </message>
        <message>
            <source>Log a cramp…</source>
            <translation>Записать судорогу…</translation>
        </message>
        <message>
            <source>No reminders planned</source>
            <translation>Напоминаний не запланировано</translation>
        </message>
        <message>
            <source>Quit Calf Coach</source>
            <translation>Выйти из Calf Coach</translation>
        </message>
        <message>
            <source>Resume reminders</source>
            <translation>Возобновить напоминания</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Start bedtime routine</source>
            <translation>Начать вечернюю растяжку</translation>
        </message>
        <message>
            <source>Tips…</source>
            <translation>Советы…</translation>
        </message>
        <message>
            <source>Undo last glass</source>
            <translation>Отменить последний стакан</translation>
        </message>
        <message>
            <source>Until tomorrow morning</source>
            <translation>До завтрашнего утра</translation>
        </message>
        <message>
            <source>Water today: 0 ml</source>
            <translation>Вода сегодня: 0 мл</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>A coach, not medical advice: ask your midwife or doctor about anything that worries you.</source>
            <translation>Это помощник, а не медицинская консультация: обо всём, что вас тревожит, спросите своего врача или акушерку.</translation>
        </message>
        <message>
            <source>Advice: when to tell your care provider</source>
            <translation>Совет: когда сообщить врачу или акушерке</translation>
        </message>
        <message>
            <source>Cramps that come often, or are severe, are worth telling your midwife or doctor about soon.</source>
            <translation>О судорогах, которые бывают часто или сильно, стоит вскоре рассказать акушерке или врачу.</translation>
        </message>
        <message>
            <source>Warning: when to contact your care provider</source>
            <translation>Предупреждение: когда обратиться к врачу или акушерке</translation>
        </message>
        <message>
            <source>not medical advice</source>
            <translation>не медицинская консультация</translation>
        </message>
    </context>
    <context>
        <name>attention</name>
        <message>
            <source>Holding reminders: do not disturb is on</source>
            <translation>Напоминания ждут: включён режим «Не беспокоить»</translation>
        </message>
        <message>
            <source>Holding reminders: full-screen window</source>
            <translation>Напоминания ждут: окно во весь экран</translation>
        </message>
        <message>
            <source>Holding reminders: you are away</source>
            <translation>Напоминания ждут: вы отошли</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message numerus="yes">
            <source>%n more waiting</source>
            <translation>
                <numerusform>Ещё %n ждёт</numerusform>
                <numerusform>Ещё %n ждут</numerusform>
                <numerusform>Ещё %n ждут</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <source>Reminder: {title}</source>
            <translation>Напоминание: {title}</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Skip this reminder</source>
            <translation>Пропустить это напоминание</translation>
        </message>
        <message numerus="yes">
            <source>Snooze for %n minute(s)</source>
            <translation>
                <numerusform>Отложить на %n минуту</numerusform>
                <numerusform>Отложить на %n минуты</numerusform>
                <numerusform>Отложить на %n минут</numerusform>
            </translation>
        </message>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>Отложить на {minutes} мин</translation>
        </message>
        <message>
            <source>{title}. {why}</source>
            <translation>{title}. {why}</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <source>A warning sign (ring)</source>
            <translation>Тревожный признак (кольцо)</translation>
        </message>
        <message>
            <source>Bedtime routine done (dot)</source>
            <translation>Растяжка сделана (точка)</translation>
        </message>
        <message>
            <source>Cramps per night</source>
            <translation>Судороги за ночь</translation>
        </message>
        <message>
            <source>Goal ({goal} ml)</source>
            <translation>Цель ({goal} мл)</translation>
        </message>
        <message>
            <source>Reminders and what became of them</source>
            <translation>Напоминания и что с ними стало</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Растяжка</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Признак</translation>
        </message>
        <message>
            <source>Water (ml)</source>
            <translation>Вода (мл)</translation>
        </message>
        <message>
            <source>Water per day</source>
            <translation>Вода за день</translation>
        </message>
        <message>
            <source>ml</source>
            <translation>мл</translation>
        </message>
    </context>
    <context>
        <name>coach</name>
        <message>
            <source>Calf Coach cannot listen for a key here ({reason}). In your desktop's keyboard settings, bind a key to this command: {command}</source>
            <translation>Здесь Calf Coach не может ждать нажатия клавиши ({reason}). Назначьте клавишу этой команде в настройках клавиатуры вашего рабочего стола: {command}</translation>
        </message>
        <message>
            <source>Calf Coach could not save its settings</source>
            <translation>Calf Coach не смог сохранить настройки</translation>
        </message>
        <message>
            <source>Calf Coach could not save to its history</source>
            <translation>Calf Coach не смог сохранить запись в историю</translation>
        </message>
        <message>
            <source>Calf Coach found problems</source>
            <translation>Calf Coach обнаружил проблемы</translation>
        </message>
        <message>
            <source>Calf Coach kept its settings</source>
            <translation>Calf Coach оставил прежние настройки</translation>
        </message>
        <message>
            <source>Calf Coach now lives in the system tray.</source>
            <translation>Теперь Calf Coach находится в области уведомлений.</translation>
        </message>
        <message>
            <source>Calf Coach now waits in the system tray: click its icon to open it.</source>
            <translation>Теперь Calf Coach ждёт в области уведомлений: нажмите на его значок, чтобы открыть.</translation>
        </message>
        <message>
            <source>Calf Coach waits in its window; you can minimise it.</source>
            <translation>Calf Coach ждёт в своём окне; его можно свернуть.</translation>
        </message>
        <message>
            <source>Cramp logged: {where}, {severity}/10, at {time}.</source>
            <translation>Судорога записана: {where}, {severity}/10, в {time}.</translation>
        </message>
        <message>
            <source>Cramp now</source>
            <translation>Если свело ногу</translation>
        </message>
        <message>
            <source>GNOME shows no tray icons by itself, so Calf Coach runs in this window. With the “AppIndicator and KStatusNotifierItem Support” extension (in Extensions, or your system's gnome-shell-extension-appindicator package) its icon goes to the top bar. Reminders still come on time.</source>
            <translation>GNOME сам не показывает значки в области уведомлений, поэтому Calf Coach работает в этом окне. С расширением «AppIndicator and KStatusNotifierItem Support» (в приложении «Расширения» или в пакете gnome-shell-extension-appindicator вашей системы) его значок появится на верхней панели. Напоминания всё равно приходят вовремя.</translation>
        </message>
        <message>
            <source>Logged a glass of water ({ml} ml): {total} of {goal} ml today.</source>
            <translation>Записан стакан воды ({ml} мл): сегодня {total} из {goal} мл.</translation>
        </message>
        <message>
            <source>No system tray was found on this desktop, so Calf Coach runs in this window. Reminders still come on time.</source>
            <translation>На этом рабочем столе нет области уведомлений, поэтому Calf Coach работает в этом окне. Напоминания всё равно приходят вовремя.</translation>
        </message>
        <message>
            <source>No water was logged today.</source>
            <translation>Сегодня вода не записывалась.</translation>
        </message>
        <message>
            <source>Routine skipped: {problem}</source>
            <translation>Комплекс пропущен: {problem}</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Snoozed: “{title}” comes back at {time}.</source>
            <translation>Отложено: «{title}» вернётся в {time}.</translation>
        </message>
        <message>
            <source>There is no routine called {name}.</source>
            <translation>Комплекса с именем {name} нет.</translation>
        </message>
        <message>
            <source>They are used now and will be saved when there is room.</source>
            <translation>Они уже действуют и будут сохранены, когда на диске появится место.</translation>
        </message>
        <message>
            <source>This desktop does not let apps see this, so nothing is held for it.</source>
            <translation>Этот рабочий стол не даёт приложениям это увидеть, поэтому напоминания здесь не ждут.</translation>
        </message>
        <message>
            <source>This desktop lets the app see only the {signs}.</source>
            <translation>Этот рабочий стол позволяет приложению видеть только {signs}.</translation>
        </message>
        <message>
            <source>This desktop lets the app see this.</source>
            <translation>Этот рабочий стол позволяет приложению это видеть.</translation>
        </message>
        <message>
            <source>Took back {ml} ml: {total} of {goal} ml today.</source>
            <translation>Отменено {ml} мл: сегодня {total} из {goal} мл.</translation>
        </message>
        <message>
            <source>Water today: {total} of {goal} ml</source>
            <translation>Вода сегодня: {total} из {goal} мл</translation>
        </message>
        <message>
            <source>Works while any application has the keyboard.</source>
            <translation>Работает, в каком бы приложении вы ни были.</translation>
        </message>
        <message>
            <source>Works while any application has the keyboard: {key}.</source>
            <translation>Работает, в каком бы приложении вы ни печатали: {key}.</translation>
        </message>
        <message>
            <source>another application already uses {key}</source>
            <translation>{key} уже занято другим приложением</translation>
        </message>
        <message>
            <source>idle time</source>
            <translation>время без ввода</translation>
        </message>
        <message>
            <source>no key is set</source>
            <translation>клавиша не задана</translation>
        </message>
        <message>
            <source>on Wayland an X11 app hears only keys typed into X11 windows</source>
            <translation>в Wayland приложение X11 слышит только клавиши, нажатые в окнах X11</translation>
        </message>
        <message>
            <source>screen lock</source>
            <translation>блокировка экрана</translation>
        </message>
        <message>
            <source>the desktop did not grant it: {why}</source>
            <translation>рабочий стол не разрешил: {why}</translation>
        </message>
        <message>
            <source>the keyboard has no key {key}</source>
            <translation>на клавиатуре нет клавиши {key}</translation>
        </message>
        <message>
            <source>this desktop ({platform}) does not allow it</source>
            <translation>этот рабочий стол ({platform}) этого не позволяет</translation>
        </message>
        <message>
            <source>waiting for the desktop to grant the key</source>
            <translation>ждём, когда рабочий стол разрешит клавишу</translation>
        </message>
        <message>
            <source>{where} First: {next}.</source>
            <translation>{where} Первое напоминание: {next}.</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>Apr</source>
            <translation>апр</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>авг</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>дек</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>фев</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>пт</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>янв</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>июл</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>июн</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>мар</translation>
        </message>
        <message>
            <source>May</source>
            <translation>мая</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>пн</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>ноя</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>окт</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>сб</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>сен</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>вс</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>чт</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>вт</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>ср</translation>
        </message>
    </context>
    <context>
        <name>disk</name>
        <message>
            <source>its folder was made read-only</source>
            <translation>его папка сделана доступной только для чтения</translation>
        </message>
        <message>
            <source>the file was made read-only</source>
            <translation>файл сделан доступным только для чтения</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source> (asked for)</source>
            <translation> (по запросу)</translation>
        </message>
        <message>
            <source> (held {minutes} min for a full-screen window)</source>
            <translation> (ждало {minutes} мин из-за окна во весь экран)</translation>
        </message>
        <message>
            <source> (held {minutes} min for do not disturb)</source>
            <translation> (ждало {minutes} мин из-за режима «Не беспокоить»)</translation>
        </message>
        <message>
            <source> (held {minutes} min while you were away)</source>
            <translation> (ждало {minutes} мин, пока вас не было)</translation>
        </message>
        <message>
            <source>Cramp</source>
            <translation>Судорога</translation>
        </message>
        <message>
            <source>Done share: done, out of every reminder but those snoozed.</source>
            <translation>Доля выполненных: выполненные из всех напоминаний, кроме отложенных.</translation>
        </message>
        <message>
            <source>Expired: shown, but not answered before it closed by itself. Missed: not shown, as the computer was asleep or off when it was due.</source>
            <translation>Без ответа: напоминание было на экране, но закрылось само, без ответа. Упущено: не было показано, потому что компьютер спал или был выключен.</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Комплекс</translation>
        </message>
        <message>
            <source>WARNING SIGNS: {signs}</source>
            <translation>ТРЕВОЖНЫЕ ПРИЗНАКИ: {signs}</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Вода</translation>
        </message>
        <message>
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <source>helped: {steps}</source>
            <translation>помогло: {steps}</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>упущено</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>отложено</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>{ml} ml</source>
            <translation>{ml} мл</translation>
        </message>
        <message>
            <source>{title}: finished ({minutes} min)</source>
            <translation>{title}: выполнен ({minutes} мин)</translation>
        </message>
        <message>
            <source>{title}: stopped after {done} of {count} steps</source>
            <translation>{title} — остановлено; сделано шагов: {done} из {count}</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>no file name was given for the report</source>
            <translation>не указано имя файла для отчёта</translation>
        </message>
        <message>
            <source>no folder was given for the CSV files</source>
            <translation>не указана папка для файлов CSV</translation>
        </message>
        <message>
            <source>the folder {path} does not exist</source>
            <translation>папки {path} нет</translation>
        </message>
        <message>
            <source>{path} already exists</source>
            <translation>{path} уже существует</translation>
        </message>
        <message>
            <source>{path} already holds {files}</source>
            <translation>в {path} уже есть {files}</translation>
        </message>
        <message>
            <source>{path} is a folder: name a file in it, like {example}</source>
            <translation>{path} — это папка: укажите файл в ней, например {example}</translation>
        </message>
        <message>
            <source>{path} is not a folder</source>
            <translation>{path} — не папка</translation>
        </message>
        <message>
            <source>{path} is not a folder: the CSV files go into a folder, one per table</source>
            <translation>{path} — не папка: файлы CSV сохраняются в папку, по одному на таблицу</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file</source>
            <translation>{path} — не обычный файл</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>cannot be read: you do not have permission to read it</source>
            <translation>не читается: у вас нет прав на чтение</translation>
        </message>
        <message>
            <source>cannot be read: {error}</source>
            <translation>не читается: {error}</translation>
        </message>
        <message>
            <source>does not exist</source>
            <translation>не существует</translation>
        </message>
        <message>
            <source>has a name too long for this system</source>
            <translation>имеет слишком длинное для этой системы имя</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>is a link that leads round in a circle</source>
            <translation>это ссылка, которая ведёт по кругу</translation>
        </message>
        <message>
            <source>is inside something that is not a folder</source>
            <translation>лежит внутри того, что не является папкой</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte 0x{byte:02x} at offset {offset})</source>
            <translation>не является текстом UTF-8 (байт 0x{byte:02x} на позиции {offset})</translation>
        </message>
        <message>
            <source>is not an ordinary file (a pipe, a socket or a device)</source>
            <translation>не обычный файл (канал, сокет или устройство)</translation>
        </message>
        <message>
            <source>is too large ({size} bytes; such a file holds at most {most})</source>
            <translation>слишком велик ({size} байт; в таком файле не больше {most})</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source> (worst {severity}/10)</source>
            <translation> (сильнейшая {severity}/10)</translation>
        </message>
        <message numerus="yes">
            <source>; %n in a row</source>
            <translation>
                <numerusform>; %n подряд</numerusform>
                <numerusform>; %n подряд</numerusform>
                <numerusform>; %n подряд</numerusform>
            </translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Все записи</translation>
        </message>
        <message>
            <source>Bedtime routine, last 7 nights</source>
            <translation>Вечерняя растяжка, последние 7 ночей</translation>
        </message>
        <message>
            <source>CSV files could not be written to {folder}: {error}.</source>
            <translation>Не удалось записать файлы CSV в {folder}: {error}.</translation>
        </message>
        <message>
            <source>CSV files for {period} saved in {folder}.</source>
            <translation>Файлы CSV за период «{period}» сохранены в {folder}.</translation>
        </message>
        <message>
            <source>Changed. Undo with Ctrl+Z.</source>
            <translation>Изменено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cramps</source>
            <translation>Судороги</translation>
        </message>
        <message>
            <source>Cramps in the last 7 nights</source>
            <translation>Судороги за последние 7 ночей</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Deleted the {what} entry of {when}. Undo with Ctrl+Z.</source>
            <translation>Удалена запись «{what}» от {when}. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Export CSV files into</source>
            <translation>Экспортировать файлы CSV в</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>С даты</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>In this period the bedtime routine was done on {nights_with} ({cramps_with}) and not on {nights_without} ({cramps_without}). These are counts, not proof of cause.</source>
            <translation>За этот период вечерняя растяжка была сделана: {nights_with} ({cramps_with}); не сделана: {nights_without} ({cramps_without}). Это подсчёт, а не доказательство причины.</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Оставить их</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>Последние 12 недель</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Последние 4 недели</translation>
        </message>
        <message>
            <source>Log a cramp…</source>
            <translation>Записать судорогу…</translation>
        </message>
        <message>
            <source>Log a drink…</source>
            <translation>Записать питьё…</translation>
        </message>
        <message>
            <source>Not saved: {reason}.</source>
            <translation>Не сохранено: {reason}.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Нечего отменять.</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>Показанный период</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <source>Replace the CSV files?</source>
            <translation>Заменить файлы CSV?</translation>
        </message>
        <message>
            <source>Replace them with the ones from this history?</source>
            <translation>Заменить их файлами из этой истории?</translation>
        </message>
        <message>
            <source>Report saved to {path}.</source>
            <translation>Отчёт сохранён в {path}.</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Комплексы</translation>
        </message>
        <message>
            <source>Save report (PDF)…</source>
            <translation>Сохранить отчёт (PDF)…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Сохранить отчёт</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Show which entries</source>
            <translation>Какие записи показать</translation>
        </message>
        <message>
            <source>The history file {path} could not be used ({reason}). It was kept as {aside} and a new, empty history was started.</source>
            <translation>Файл истории {path} нельзя использовать ({reason}). Он сохранён как {aside}, начата новая, пустая история.</translation>
        </message>
        <message>
            <source>The report could not be saved to {path}: {error}.</source>
            <translation>Не удалось сохранить отчёт в {path}: {error}.</translation>
        </message>
        <message>
            <source>Tips that may help</source>
            <translation>Советы, которые могут помочь</translation>
        </message>
        <message>
            <source>Tips…</source>
            <translation>Советы…</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>По дату</translation>
        </message>
        <message>
            <source>Undid the last change.</source>
            <translation>Последнее изменение отменено.</translation>
        </message>
        <message>
            <source>Undid the last deletion.</source>
            <translation>Последнее удаление отменено.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Вода</translation>
        </message>
        <message>
            <source>Water goal met, last 7 days</source>
            <translation>Цель по воде выполнена, последние 7 дней</translation>
        </message>
        <message>
            <source>Water today</source>
            <translation>Вода сегодня</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>integrity check failed: {verdict}</source>
            <translation>проверка целостности не пройдена: {verdict}</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>it was opened for reading only</source>
            <translation>она открыта только для чтения</translation>
        </message>
        <message>
            <source>it was written by a newer Calf Coach (schema {version}; this one knows up to {known})</source>
            <translation>он записан более новой версией Calf Coach (схема {version}; эта версия знает схемы до {known})</translation>
        </message>
        <message>
            <source>new entries cannot be saved in the history {path} now: {reason}</source>
            <translation>новые записи сейчас нельзя сохранить в историю {path}: {reason}</translation>
        </message>
        <message>
            <source>the history could not be written: {reason}</source>
            <translation>историю не удалось записать: {reason}</translation>
        </message>
        <message>
            <source>the history {path} cannot be used now: {reason}</source>
            <translation>историей {path} сейчас нельзя воспользоваться: {reason}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>{cramps} in this period logged with a warning sign (latest {when}). {warning}</source>
            <translation>С тревожным признаком за этот период: {cramps} (последняя — {when}). {warning}</translation>
        </message>
        <message>
            <source>{done} {of_nights}</source>
            <translation>{done} {of_nights}</translation>
        </message>
        <message>
            <source>{folder} already holds {files}.</source>
            <translation>В {folder} уже есть {files}.</translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n logged day(s)</source>
            <translation>
                <numerusform>{met} из %n дня с записями</numerusform>
                <numerusform>{met} из %n дней с записями</numerusform>
                <numerusform>{met} из %n дней с записями</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} chart</source>
            <translation>График: {name}</translation>
        </message>
        <message>
            <source>{title}: {value}</source>
            <translation>{title}: {value}</translation>
        </message>
        <message>
            <source>{total} of {goal} ml</source>
            <translation>{total} из {goal} мл</translation>
        </message>
    </context>
    <context>
        <name>home</name>
        <message>
            <source>Keys: C cramp now · W a glass · U undo · L log a cramp · B bedtime routine · 1 to 4 pause · R resume · H history · T tips · S settings</source>
            <translation>Клавиши: C если свело ногу · W стакан воды · U отменить · L записать судорогу · B вечерняя растяжка · 1–4 пауза · R продолжить · H история · T советы · S настройки</translation>
        </message>
        <message>
            <source>No reminders today.</source>
            <translation>Сегодня напоминаний нет.</translation>
        </message>
        <message>
            <source>Pause reminders:</source>
            <translation>Пауза в напоминаниях:</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>Water today</source>
            <translation>Вода сегодня</translation>
        </message>
        <message>
            <source>Water today: {total} of {goal} ml</source>
            <translation>Вода сегодня: {total} из {goal} мл</translation>
        </message>
        <message>
            <source>{action} (key {key})</source>
            <translation>{action} (клавиша {key})</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more later today</source>
            <translation>
                <numerusform>… и ещё %n сегодня позже</numerusform>
                <numerusform>… и ещё %n сегодня позже</numerusform>
                <numerusform>… и ещё %n сегодня позже</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>insights</name>
        <message numerus="yes">
            <source>%n cramp(s)</source>
            <translation>
                <numerusform>%n судорога</numerusform>
                <numerusform>%n судороги</numerusform>
                <numerusform>%n судорог</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n ночь</numerusform>
                <numerusform>%n ночи</numerusform>
                <numerusform>%n ночей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n night(s) with cramps</source>
            <translation>
                <numerusform>%n ночь с судорогами</numerusform>
                <numerusform>%n ночи с судорогами</numerusform>
                <numerusform>%n ночей с судорогами</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n severe</source>
            <translation>
                <numerusform>%n сильная</numerusform>
                <numerusform>%n сильные</numerusform>
                <numerusform>%n сильных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n severe cramp(s) ({worst}/10 or worse)</source>
            <translation>
                <numerusform>%n сильная судорога ({worst}/10 и больше)</numerusform>
                <numerusform>%n сильные судороги ({worst}/10 и больше)</numerusform>
                <numerusform>%n сильных судорог ({worst}/10 и больше)</numerusform>
            </translation>
        </message>
        <message>
            <source>, worst {severity}/10</source>
            <translation>, сильнейшая {severity}/10</translation>
        </message>
        <message>
            <source>A night here runs from noon to noon, so a cramp in the afternoon counts toward the night that follows it.</source>
            <translation>Ночь здесь считается от полудня до полудня, поэтому судорога днём относится к следующей за ней ночи.</translation>
        </message>
        <message>
            <source>Bedtime routine done on {nights} {of_days}.</source>
            <translation>Вечерняя растяжка сделана в {nights} {of_days}.</translation>
        </message>
        <message numerus="yes">
            <source>Cramps on {count} of the last %n night(s)</source>
            <translation>
                <numerusform>Судороги были в {count} из последних %n ночи</numerusform>
                <numerusform>Судороги были в {count} из последних %n ночей</numerusform>
                <numerusform>Судороги были в {count} из последних %n ночей</numerusform>
            </translation>
        </message>
        <message>
            <source>Mild</source>
            <translation>Лёгкая</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <source>Nights after the bedtime routine: {nights_with}, with {cramps_with} ({rate_with} a night). Nights without it: {nights_without}, with {cramps_without} ({rate_without} a night). These are counts, not proof of cause.</source>
            <translation>Ночей после вечерней растяжки: {nights_with}, на них {cramps_with} ({rate_with} за ночь). Ночей без неё: {nights_without}, на них {cramps_without} ({rate_without} за ночь). Это подсчёт, а не доказательство причины.</translation>
        </message>
        <message>
            <source>No water was logged in this period.</source>
            <translation>За этот период вода не записывалась.</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation>Сильная</translation>
        </message>
        <message>
            <source>Water goal ({goal} ml) reached on {days}; {average} ml a day on average on those days.</source>
            <translation>Цель по воде ({goal} мл) достигнута в {days}; в эти дни в среднем {average} мл в день.</translation>
        </message>
        <message numerus="yes">
            <source>a warning sign on %n night(s)</source>
            <translation>
                <numerusform>тревожный признак: %n ночь</numerusform>
                <numerusform>тревожный признак: %n ночи</numerusform>
                <numerusform>тревожный признак: %n ночей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>bedtime routine done on %n night(s)</source>
            <translation>
                <numerusform>вечерняя растяжка сделана: %n ночь</numerusform>
                <numerusform>вечерняя растяжка сделана: %n ночи</numerusform>
                <numerusform>вечерняя растяжка сделана: %n ночей</numerusform>
            </translation>
        </message>
        <message>
            <source>no water logged</source>
            <translation>вода не записывалась</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <source>of %n day(s)</source>
            <translation>
                <numerusform>из %n дня</numerusform>
                <numerusform>из %n дней</numerusform>
                <numerusform>из %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n night(s)</source>
            <translation>
                <numerusform>из %n ночи</numerusform>
                <numerusform>из %n ночей</numerusform>
                <numerusform>из %n ночей</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} {outcome}</source>
            <translation>{outcome} {count}</translation>
        </message>
        <message>
            <source>{cramps} logged on {nights} {of_days}</source>
            <translation>{cramps} за {nights} {of_days}</translation>
        </message>
        <message>
            <source>{cramps} logged with a warning sign.</source>
            <translation>С тревожным признаком: {cramps}.</translation>
        </message>
        <message>
            <source>{met} {of_days} with water logged</source>
            <translation>{met} {of_days} с записанной водой</translation>
        </message>
        <message>
            <source>{title}, {days}: goal of {goal} ml reached on {reached}; most in a day {most} ml.</source>
            <translation>{title}, {days}: цель {goal} мл достигнута в {reached}; больше всего за день {most} мл.</translation>
        </message>
        <message>
            <source>{title}, {days}: {reached}.</source>
            <translation>{title}, {days}: {reached}.</translation>
        </message>
        <message>
            <source>{title}, {nights}: {with_cramps}, {cramps}, {severe}; {routine}; {signed}.</source>
            <translation>{title}, {nights}: {with_cramps}, {cramps}, {severe}; {routine}; {signed}.</translation>
        </message>
        <message>
            <source>{title}: none yet.</source>
            <translation>{title}: пока нет.</translation>
        </message>
        <message>
            <source>{title}: {kinds}.</source>
            <translation>{title}: {kinds}.</translation>
        </message>
    </context>
    <context>
        <name>log</name>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source> ml</source>
            <translation> мл</translation>
        </message>
        <message>
            <source>&amp;Both</source>
            <translation>&amp;Обе</translation>
        </message>
        <message>
            <source>&amp;Calf</source>
            <translation>&amp;Икра</translation>
        </message>
        <message>
            <source>&amp;Foot</source>
            <translation>&amp;Стопа</translation>
        </message>
        <message>
            <source>&amp;Left</source>
            <translation>&amp;Левая</translation>
        </message>
        <message>
            <source>&amp;Now</source>
            <translation>&amp;Сейчас</translation>
        </message>
        <message>
            <source>&amp;Right</source>
            <translation>&amp;Правая</translation>
        </message>
        <message>
            <source>Anything worth remembering (optional)</source>
            <translation>Что стоит запомнить (необязательно)</translation>
        </message>
        <message>
            <source>Edit a cramp</source>
            <translation>Изменить запись о судороге</translation>
        </message>
        <message>
            <source>Edit a drink</source>
            <translation>Изменить запись о питье</translation>
        </message>
        <message>
            <source>How bad</source>
            <translation>Насколько сильно</translation>
        </message>
        <message>
            <source>How bad, from 1 to 10</source>
            <translation>Насколько сильно, от 1 до 10</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Как долго</translation>
        </message>
        <message>
            <source>How long it lasted, in minutes</source>
            <translation>Сколько длилась, в минутах</translation>
        </message>
        <message>
            <source>How much</source>
            <translation>Сколько</translation>
        </message>
        <message>
            <source>How much, in millilitres</source>
            <translation>Сколько, в миллилитрах</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Last ni&amp;ght</source>
            <translation>Прошлой &amp;ночью</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Нога</translation>
        </message>
        <message>
            <source>Log a cramp</source>
            <translation>Записать судорогу</translation>
        </message>
        <message>
            <source>Log a drink</source>
            <translation>Записать питьё</translation>
        </message>
        <message>
            <source>Not saved: {problems}</source>
            <translation>Не сохранено — {problems}</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Не знаю</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Set the time to last night, {time}</source>
            <translation>Поставить время прошлой ночи, {time}</translation>
        </message>
        <message>
            <source>Set the time to now</source>
            <translation>Поставить текущее время</translation>
        </message>
        <message>
            <source>T&amp;high</source>
            <translation>&amp;Бедро</translation>
        </message>
        <message>
            <source>Throw away</source>
            <translation>Выбросить</translation>
        </message>
        <message>
            <source>Throw away this entry?</source>
            <translation>Выбросить эту запись?</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Тревожные признаки</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Что помогло</translation>
        </message>
        <message>
            <source>What you filled in has not been saved.</source>
            <translation>То, что вы заполнили, не сохранено.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Какая нога</translation>
        </message>
        <message>
            <source>choose left, right or both</source>
            <translation>выберите левую, правую или обе</translation>
        </message>
        <message>
            <source>see {fields}</source>
            <translation>проверьте: {fields}</translation>
        </message>
    </context>
    <context>
        <name>logbook</name>
        <message>
            <source>Lasting tenderness</source>
            <translation>Стойкая болезненность</translation>
        </message>
        <message>
            <source>Lasting tenderness: it stays after the cramp</source>
            <translation>Стойкая болезненность: не проходит после судороги</translation>
        </message>
        <message>
            <source>Redness</source>
            <translation>Покраснение</translation>
        </message>
        <message>
            <source>Redness, warmth or swelling of the leg, a change in its skin colour, or tenderness that stays after the cramp need checking promptly: contact your midwife, doctor or maternity unit now, or as soon as you can today. Don't wait for your next appointment.</source>
            <translation>Покраснение, местное тепло (нога горячая на ощупь) или отёк ноги, изменение цвета кожи или болезненность, которая не проходит после судороги, нужно проверить без промедления: свяжитесь с акушеркой, врачом или роддомом сейчас или как можно скорее сегодня. Не ждите следующего планового приёма.</translation>
        </message>
        <message>
            <source>Skin colour change</source>
            <translation>Изменился цвет кожи</translation>
        </message>
        <message>
            <source>Swelling</source>
            <translation>Отёк</translation>
        </message>
        <message>
            <source>Warmth</source>
            <translation>Местное тепло</translation>
        </message>
        <message>
            <source>Warmth: the leg feels hot to the touch</source>
            <translation>Местное тепло: нога горячая на ощупь</translation>
        </message>
        <message>
            <source>at: {text} is not a time of day (00:00 to 23:59)</source>
            <translation>время: {text} — не время суток (от 00:00 до 23:59)</translation>
        </message>
        <message>
            <source>at: {text} is not a time: use HH:MM or YYYY-MM-DDTHH:MM</source>
            <translation>время: {text} — не время: пишите ЧЧ:ММ или ГГГГ-ММ-ДДTЧЧ:ММ</translation>
        </message>
        <message>
            <source>at: {time} is in the future: an entry can only be logged afterwards</source>
            <translation>время: {time} ещё не наступило: записать можно только то, что уже было</translation>
        </message>
        <message>
            <source>at: {time} is more than a year ago: an entry can be logged up to a year back</source>
            <translation>время: {time} — больше года назад: запись можно внести не более чем за год</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>обе ноги</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>икра</translation>
        </message>
        <message>
            <source>foot</source>
            <translation>стопа</translation>
        </message>
        <message>
            <source>helped: an empty text says nothing; leave it out</source>
            <translation>что помогло: пустой текст ничего не говорит; уберите его</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>левая нога</translation>
        </message>
        <message>
            <source>minutes: {value} is out of range: must be more than 0 and at most {high}</source>
            <translation>минуты: {value} вне допустимого: должно быть больше 0 и не больше {high}</translation>
        </message>
        <message>
            <source>ml: {value} is out of range: must be {low} to {high}</source>
            <translation>мл: {value} вне допустимого: должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>правая нога</translation>
        </message>
        <message>
            <source>severity: {value} is out of range: must be {low} to {high}</source>
            <translation>сила: {value} вне допустимого: должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>thigh</source>
            <translation>бедро</translation>
        </message>
        <message>
            <source>{leg}, {place}</source>
            <translation>{leg}, {place}</translation>
        </message>
        <message>
            <source>{name}: a control character (U+{code:04X}) at position {position} is not allowed</source>
            <translation>{name}: управляющий символ (U+{code:04X}) в позиции {position} недопустим</translation>
        </message>
        <message>
            <source>{name}: {count} characters is too long: at most {most}</source>
            <translation>{name}: {count} символов — слишком длинно: не больше {most}</translation>
        </message>
        <message>
            <source>{name}: {value} is not one of {allowed}</source>
            <translation>{name}: {value} — не одно из значений {allowed}</translation>
        </message>
    </context>
    <context>
        <name>numbers</name>
        <message>
            <source>.</source>
            <translation>,</translation>
        </message>
    </context>
    <context>
        <name>options</name>
        <message>
            <source>must be a date like 2027-03-14</source>
            <translation>должно быть датой, например 2027-03-14</translation>
        </message>
        <message>
            <source>must be a list of 1 to {most} different times like ["11:00", "15:00"]</source>
            <translation>должно быть списком из 1–{most} разных времён, например ["11:00", "15:00"]</translation>
        </message>
        <message>
            <source>must be a table ([{key}])</source>
            <translation>должно быть таблицей ([{key}])</translation>
        </message>
        <message>
            <source>must be a time of day like "22:30"</source>
            <translation>должно быть временем суток, например «22:30»</translation>
        </message>
        <message>
            <source>must be a whole number between {low} and {high}</source>
            <translation>должно быть целым числом от {low} до {high}</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>must be modifiers and a key, like "Ctrl+Alt+C" (Ctrl, Alt, Shift, Meta; a letter, a digit or F1 to F12), or "" for none</source>
            <translation>нужны модификаторы и клавиша, например "Ctrl+Alt+C" (Ctrl, Alt, Shift, Meta; буква, цифра или F1–F12), или "" — без клавиши</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>должно быть одним из: {choices}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>должно быть true или false (да или нет)</translation>
        </message>
        <message>
            <source>must be true, false or "auto"</source>
            <translation>должно быть true, false или "auto"</translation>
        </message>
        <message>
            <source>unknown setting, ignored</source>
            <translation>неизвестная настройка, пропущена</translation>
        </message>
        <message>
            <source>unknown setting, ignored; did you mean {key}?</source>
            <translation>неизвестная настройка, пропущена; может быть, имелось в виду {key}?</translation>
        </message>
        <message>
            <source>{rule} (a time is listed twice)</source>
            <translation>{rule} (одно время указано дважды)</translation>
        </message>
    </context>
    <context>
        <name>player</name>
        <message>
            <source>&amp;Keep going</source>
            <translation>&amp;Продолжить</translation>
        </message>
        <message>
            <source>&amp;Stop for now</source>
            <translation>&amp;Остановить</translation>
        </message>
        <message numerus="yes">
            <source>All %n step(s) done</source>
            <translation>
                <numerusform>Все шаги выполнены: %n</numerusform>
                <numerusform>Все шаги выполнены: %n</numerusform>
                <numerusform>Все шаги выполнены: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Назад к предыдущему шагу</translation>
        </message>
        <message>
            <source>Back to the previous step (Left arrow)</source>
            <translation>Назад к предыдущему шагу (стрелка влево)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Close the player</source>
            <translation>Закрыть упражнения</translation>
        </message>
        <message>
            <source>Close the player (Esc)</source>
            <translation>Закрыть упражнения (Esc)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Done for now</source>
            <translation>Пока всё</translation>
        </message>
        <message>
            <source>Esc closes</source>
            <translation>Esc — закрыть</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Finish ✓</source>
            <translation>Готово ✓</translation>
        </message>
        <message>
            <source>It has eased, finish</source>
            <translation>Отпустило, готово</translation>
        </message>
        <message>
            <source>It has eased, finish ✓</source>
            <translation>Отпустило, готово ✓</translation>
        </message>
        <message>
            <source>It has eased, next</source>
            <translation>Отпустило, дальше</translation>
        </message>
        <message>
            <source>It has eased, next ▶</source>
            <translation>Отпустило, дальше ▶</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Последний шаг</translation>
        </message>
        <message>
            <source>Log this cramp</source>
            <translation>Записать эту судорогу</translation>
        </message>
        <message>
            <source>Log this cramp (Enter)</source>
            <translation>Записать эту судорогу (Enter)</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Next step (Enter or Right arrow)</source>
            <translation>Следующий шаг (Enter или стрелка вправо)</translation>
        </message>
        <message>
            <source>Next step (Space, Enter or Right arrow)</source>
            <translation>Следующий шаг (пробел, Enter или стрелка вправо)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Дальше ▶</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>Дальше: {title}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation>Пауза или продолжить (пробел)</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Picture: {title}</source>
            <translation>Картинка: {title}</translation>
        </message>
        <message>
            <source>Progress through the routine</source>
            <translation>Ход комплекса</translation>
        </message>
        <message>
            <source>Rest now.</source>
            <translation>Теперь отдохните.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Шаг {number} из {count}</translation>
        </message>
        <message>
            <source>Step {number} of {count}: {title}</source>
            <translation>Шаг {number} из {count}: {title}</translation>
        </message>
        <message>
            <source>Stop this routine?</source>
            <translation>Остановить упражнения?</translation>
        </message>
        <message>
            <source>The steps you did are kept in your history.</source>
            <translation>Сделанные шаги сохранятся в истории.</translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Сколько осталось в этом шаге</translation>
        </message>
        <message>
            <source>Time left in this step (R starts it again)</source>
            <translation>Сколько осталось в этом шаге (R — начать шаг заново)</translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Молодец</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Молодец.</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s) done</source>
            <translation>
                <numerusform>Выполнено шагов: {done} из %n</numerusform>
                <numerusform>Выполнено шагов: {done} из %n</numerusform>
                <numerusform>Выполнено шагов: {done} из %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{minutes} min left</source>
            <translation>Осталось {minutes} мин</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s left</source>
            <translation>Осталось {minutes} мин {seconds} с</translation>
        </message>
        <message>
            <source>{seconds} s left</source>
            <translation>Осталось {seconds} с</translation>
        </message>
        <message>
            <source>{time}, paused</source>
            <translation>{time}, пауза</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Назад</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>A few minutes of gentle calf stretching before bed makes night cramps less likely.</source>
            <translation>Если несколько минут мягко потянуть икры перед сном, ночные судороги будут случаться реже.</translation>
        </message>
        <message>
            <source>A glass of water</source>
            <translation>Стакан воды</translation>
        </message>
        <message>
            <source>Bedtime calf stretches</source>
            <translation>Растяжка икр перед сном</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>I drank a glass</source>
            <translation>Я выпила стакан</translation>
        </message>
        <message>
            <source>Late in pregnancy, lying on the left side keeps the womb off a large vein, so blood returns from the legs more easily. A small pillow under your right hip can help.</source>
            <translation>На поздних сроках, когда вы лежите на левом боку, матка не давит на крупную вену, и кровь легче оттекает от ног. Может помочь небольшая подушка под правым бедром.</translation>
        </message>
        <message>
            <source>Legs up for 20 minutes</source>
            <translation>Ноги вверх на 20 минут</translation>
        </message>
        <message>
            <source>No reminders planned</source>
            <translation>Напоминаний не запланировано</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Хорошо</translation>
        </message>
        <message>
            <source>Paused until {time}. Next: {next}</source>
            <translation>Пауза до {time}. Дальше: {next}</translation>
        </message>
        <message>
            <source>Resting with your legs raised for about 20 minutes helps blood flow back from them.</source>
            <translation>Если минут 20 полежать с приподнятыми ногами, кровь легче оттекает от них.</translation>
        </message>
        <message>
            <source>Sitting still for a long time makes cramps more likely. Stand up, walk a few steps, or roll from heel to toe.</source>
            <translation>Долгое сидение без движения делает судороги вероятнее. Встаньте, пройдитесь несколько шагов или перекатитесь с пятки на носок.</translation>
        </message>
        <message>
            <source>Sleep on your left side</source>
            <translation>Спите на левом боку</translation>
        </message>
        <message>
            <source>Start 20-minute timer</source>
            <translation>Запустить таймер на 20 минут</translation>
        </message>
        <message>
            <source>Start bedtime routine</source>
            <translation>Начать вечернюю растяжку</translation>
        </message>
        <message>
            <source>Time to move a little</source>
            <translation>Пора немного подвигаться</translation>
        </message>
        <message>
            <source>Too little fluid is one of the likely causes of cramps; small, regular drinks help. If you were told to limit fluids, follow your provider.</source>
            <translation>Нехватка жидкости — одна из вероятных причин судорог; помогает пить понемногу и регулярно. Если вам советовали ограничивать жидкость, следуйте совету врача.</translation>
        </message>
        <message>
            <source>it never comes: there is no time for it between waking ({wake}) and bedtime ({bed}). Change the day, or turn this reminder off.</source>
            <translation>оно никогда не придёт: между подъёмом ({wake}) и сном ({bed}) для него нет времени. Измените распорядок дня или выключите это напоминание.</translation>
        </message>
        <message>
            <source>it never comes: {times} falls in quiet hours ({quiet}). Change the quiet hours, or turn this reminder off.</source>
            <translation>оно никогда не придёт: {times} попадает в тихие часы ({quiet}). Измените тихие часы или выключите это напоминание.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{label} at {time}, in {wait}</source>
            <translation>{label} в {time}, через {wait}</translation>
        </message>
        <message>
            <source>{label} tomorrow at {time}, in {wait}</source>
            <translation>{label} завтра в {time}, через {wait}</translation>
        </message>
        <message>
            <source>{label} {day} at {time}, in {wait}</source>
            <translation>{label} {day} в {time}, через {wait}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>{times} falls in quiet hours ({quiet}) and is not shown</source>
            <translation>{times} приходится на тихие часы ({quiet}) и не показывается</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>&lt;b&gt;Period:&lt;/b&gt; {first} to {last} ({days}). &lt;b&gt;Pregnancy week at the end:&lt;/b&gt; {week}. &lt;b&gt;Made:&lt;/b&gt; {made}.</source>
            <translation>&lt;b&gt;Период:&lt;/b&gt; с {first} по {last} ({days}). &lt;b&gt;Неделя беременности на конец периода:&lt;/b&gt; {week}. &lt;b&gt;Составлен:&lt;/b&gt; {made}.</translation>
        </message>
        <message>
            <source>A record kept with Calf Coach</source>
            <translation>Записи из Calf Coach</translation>
        </message>
        <message>
            <source>Bedtime routine: done on {done} {of_nights} (longest run {longest}).</source>
            <translation>Вечерняя растяжка: сделана в {done} {of_nights} (самая длинная серия — {longest}).</translation>
        </message>
        <message>
            <source>Cramps ({count})</source>
            <translation>Судороги ({count})</translation>
        </message>
        <message>
            <source>Done share</source>
            <translation>Доля выполненных</translation>
        </message>
        <message>
            <source>Entries logged with warning signs ({count})</source>
            <translation>Записи с тревожными признаками ({count})</translation>
        </message>
        <message>
            <source>How bad</source>
            <translation>Сила</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>Leg cramps in pregnancy</source>
            <translation>Судороги в ногах во время беременности</translation>
        </message>
        <message>
            <source>No cramps were logged in this period.</source>
            <translation>За этот период судорог не записано.</translation>
        </message>
        <message>
            <source>No reminders were recorded in this period.</source>
            <translation>За этот период напоминаний не записано.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Заметка: {note}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
        <message>
            <source>Reminders and routine</source>
            <translation>Напоминания и растяжка</translation>
        </message>
        <message>
            <source>Signs</source>
            <translation>Признаки</translation>
        </message>
        <message>
            <source>The {shown} most recent are listed; all {count} are in the app's history, and in its CSV export.</source>
            <translation>Показаны {shown} последних; все {count} есть в истории приложения и в его выгрузке CSV.</translation>
        </message>
        <message>
            <source>What helped</source>
            <translation>Что помогло</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не указана</translation>
        </message>
        <message>
            <source>week {week} (trimester {trimester})</source>
            <translation>неделя {week} (триместр {trimester})</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>{when}: {where}, {severity}/10; signs: {signs}</source>
            <translation>{when}: {where}, {severity}/10; признаки: {signs}</translation>
        </message>
    </context>
    <context>
        <name>routines</name>
        <message>
            <source>, step {number}</source>
            <translation>, шаг {number}</translation>
        </message>
        <message>
            <source>cannot be translated</source>
            <translation>не переводится</translation>
        </message>
        <message>
            <source>has values nested too deeply to be a routine</source>
            <translation>содержит слишком глубоко вложенные значения для комплекса</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>is missing (reps needs it)</source>
            <translation>отсутствует (оно нужно для reps)</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>должно быть таблицей</translation>
        </message>
        <message>
            <source>must be at most {longest} characters</source>
            <translation>должно быть не длиннее {longest} символов</translation>
        </message>
        <message>
            <source>must be lowercase letters, digits and dashes, like wall-stretch</source>
            <translation>должно состоять из строчных латинских букв, цифр и дефисов, например wall-stretch</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>должно быть непустым текстом</translation>
        </message>
        <message>
            <source>must have at least one [[steps]] table</source>
            <translation>нужна хотя бы одна таблица [[steps]]</translation>
        </message>
        <message>
            <source>must match the file name ({name})</source>
            <translation>должно совпадать с именем файла ({name})</translation>
        </message>
        <message>
            <source>needs exactly one of hold_seconds, reps (with seconds_per_rep) or until_eased</source>
            <translation>нужно ровно одно из: hold_seconds, reps (вместе с seconds_per_rep) или until_eased</translation>
        </message>
        <message>
            <source>not valid TOML: {error}</source>
            <translation>это не корректный TOML: {error}</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>неизвестное поле</translation>
        </message>
        <message>
            <source>{title} (left)</source>
            <translation>{title} (левая нога)</translation>
        </message>
        <message>
            <source>{title} (right)</source>
            <translation>{title} (правая нога)</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>A glass of water through the day.</source>
            <translation>Стакан воды в течение дня.</translation>
        </message>
        <message>
            <source>A key that opens "Cramp now" from any application; "" for none.</source>
            <translation>Клавиша, которая открывает «Если свело ногу» из любого приложения; "" — без клавиши.</translation>
        </message>
        <message>
            <source>A reminder card no one answers closes after this many minutes.</source>
            <translation>Карточка напоминания без ответа закрывается через столько минут.</translation>
        </message>
        <message>
            <source>A reminder nobody answers goes away by itself after this long.</source>
            <translation>Напоминание без ответа само закроется через это время.</translation>
        </message>
        <message>
            <source>A time with no reminders at all.</source>
            <translation>Время совсем без напоминаний.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Оформление</translation>
        </message>
        <message>
            <source>As the computer</source>
            <translation>Как на компьютере</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Во сколько</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>Automatic: from week 28 of pregnancy, once your due date or week is set.</source>
            <translation>Автоматически: с 28-й недели беременности, если указаны дата родов или неделя.</translation>
        </message>
        <message>
            <source>Away after</source>
            <translation>Считать, что я отошла, через</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Bedtime calf stretches.</source>
            <translation>Растяжка икр перед сном.</translation>
        </message>
        <message>
            <source>Before bedtime</source>
            <translation>За сколько до сна</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Громкость сигнала</translation>
        </message>
        <message>
            <source>Chime volume, 0 to 100.</source>
            <translation>Громкость сигналов, от 0 до 100.</translation>
        </message>
        <message>
            <source>Clear the key</source>
            <translation>Очистить сочетание клавиш</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>Close an unanswered card after</source>
            <translation>Закрывать карточку без ответа через</translation>
        </message>
        <message>
            <source>Commonly cited: at least about 1.5 litres a day, more in heat. If you were told to limit fluids, use what your provider advised.</source>
            <translation>Обычно советуют около 1,5 литра в день или больше, в жару больше. Если вам велели ограничивать жидкость, укажите то, что посоветовал врач.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <source>Copy the command</source>
            <translation>Скопировать команду</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}.</source>
            <translation>Не удалось сохранить {path}: {error}.</translation>
        </message>
        <message>
            <source>Daily goal</source>
            <translation>Цель на день</translation>
        </message>
        <message>
            <source>Daily water goal in millilitres. Commonly cited: at least about 1.5 litres,
more in heat. If you were told to limit fluids, use what your provider advised.</source>
            <translation>Дневная цель по воде в миллилитрах. Обычно называют не меньше примерно 1,5 литра,
в жару больше. Если вам советовали ограничивать жидкость, ставьте то, что сказал врач.</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <source>Default: {default}.</source>
            <translation>По умолчанию: {default}.</translation>
        </message>
        <message>
            <source>Defaults restored on this page; press Apply to save them.</source>
            <translation>Исходные значения на этой странице восстановлены; нажмите «Применить», чтобы сохранить их.</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Предполагаемая дата родов</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский (English)</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Каждые</translation>
        </message>
        <message>
            <source>First one after waking</source>
            <translation>Первое — через сколько после подъёма</translation>
        </message>
        <message>
            <source>For reminders and for each step of a routine.</source>
            <translation>Для напоминаний и для каждого шага упражнений.</translation>
        </message>
        <message>
            <source>From that day on, the week counts up by itself.</source>
            <translation>С этого дня неделя будет считаться сама.</translation>
        </message>
        <message>
            <source>From your due date: week {week} today.</source>
            <translation>По дате родов: сегодня {week}-я неделя.</translation>
        </message>
        <message>
            <source>From {low} to {high}.</source>
            <translation>От {low} до {high}.</translation>
        </message>
        <message>
            <source>Get up and move after a long sit (off unless you turn it on).</source>
            <translation>Встать и подвигаться после долгого сидения (выключено, пока вы не включите).</translation>
        </message>
        <message>
            <source>Hold reminders</source>
            <translation>Когда напоминаниям подождать</translation>
        </message>
        <message>
            <source>Hold reminders during do not disturb</source>
            <translation>Ждать, пока включён режим «Не беспокоить»</translation>
        </message>
        <message>
            <source>Hold reminders during full screen</source>
            <translation>Ждать, пока окно во весь экран</translation>
        </message>
        <message>
            <source>Hold reminders while I am away</source>
            <translation>Ждать, пока я не вернусь</translation>
        </message>
        <message>
            <source>Hold reminders while the active window is full screen.</source>
            <translation>Напоминания ждут, пока активное окно развёрнуто во весь экран.</translation>
        </message>
        <message>
            <source>Hold reminders while the desktop's do-not-disturb switch is on.</source>
            <translation>Напоминания ждут, пока на рабочем столе включён режим «Не беспокоить».</translation>
        </message>
        <message>
            <source>Hold reminders while you are away (no input for away_after_minutes, or the
screen locked); they come when you are back, within each kind's grace.</source>
            <translation>Напоминания ждут, пока вас нет (нет ввода away_after_minutes минут или экран
заблокирован); они приходят, когда вы вернётесь, в пределах grace каждого вида.</translation>
        </message>
        <message>
            <source>How long before bedtime to remind me.</source>
            <translation>За сколько минут до сна напоминать.</translation>
        </message>
        <message>
            <source>How long before your bedtime it comes.</source>
            <translation>За сколько до времени сна приходит напоминание.</translation>
        </message>
        <message>
            <source>How long “Snooze” on a card puts it off.</source>
            <translation>На сколько кнопка «Отложить» на карточке откладывает напоминание.</translation>
        </message>
        <message>
            <source>If the laptop was asleep or off when this was due, how many minutes late it is
still worth showing; after that it is recorded as missed and not shown.</source>
            <translation>Если ноутбук спал или был выключен, когда подошло время, сколько минут спустя
напоминание ещё стоит показать; позже оно записывается как упущенное и не показывается.</translation>
        </message>
        <message>
            <source>Instead of a due date, if you prefer: your week on the day below.</source>
            <translation>Вместо даты родов, если вам так удобнее: ваша неделя на день, указанный ниже.</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Keep quiet hours</source>
            <translation>Соблюдать тихие часы</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Language of the app: "system" follows the computer.</source>
            <translation>Язык приложения: «Как на компьютере» следует языку системы.</translation>
        </message>
        <message>
            <source>Last one before bedtime</source>
            <translation>Последнее — не позже чем за сколько до сна</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <source>Light or dark windows.</source>
            <translation>Светлые или тёмные окна.</translation>
        </message>
        <message>
            <source>Light or dark windows: "system" follows the computer.</source>
            <translation>Светлое или тёмное оформление: «Как на компьютере» следует системе.</translation>
        </message>
        <message>
            <source>Minutes a snoozed reminder waits before it comes back.</source>
            <translation>Через сколько минут отложенное напоминание вернётся.</translation>
        </message>
        <message>
            <source>Minutes between two reminders.</source>
            <translation>Минут между двумя напоминаниями.</translation>
        </message>
        <message>
            <source>Minutes without keyboard or mouse that mean away.</source>
            <translation>Сколько минут без клавиатуры и мыши означают, что вы отошли.</translation>
        </message>
        <message>
            <source>My day</source>
            <translation>Мой день</translation>
        </message>
        <message>
            <source>No keyboard or mouse for a while, or the screen locked. When you are back, a held reminder comes at once if it is still worth it.</source>
            <translation>Если клавиатурой и мышью какое-то время не пользовались или экран заблокирован. Когда вы вернётесь, напоминание придёт сразу, если оно ещё не устарело.</translation>
        </message>
        <message>
            <source>No reminders at all between the start and the end.</source>
            <translation>Никаких напоминаний от начала до конца тихих часов.</translation>
        </message>
        <message>
            <source>No reminders during quiet hours.</source>
            <translation>Никаких напоминаний в тихие часы.</translation>
        </message>
        <message>
            <source>Not available on this system.</source>
            <translation>В этой системе недоступно.</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Не сохранено: {problem}</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Не задана</translation>
        </message>
        <message>
            <source>Note: {problem}</source>
            <translation>Обратите внимание: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved: %n setting(s) to fix ({first}).</source>
            <translation>
                <numerusform>Ничего не сохранено: нужно исправить %n настройку ({first}).</numerusform>
                <numerusform>Ничего не сохранено: нужно исправить %n настройки ({first}).</numerusform>
                <numerusform>Ничего не сохранено: нужно исправить %n настроек ({first}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>One glass</source>
            <translation>Один стакан</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Opens “Cramp now” from any application. Click the field and press the keys; clear it for none.</source>
            <translation>Открывает «Если свело ногу» из любой программы. Щёлкните по полю и нажмите клавиши; очистите поле, чтобы отключить.</translation>
        </message>
        <message>
            <source>Optional: lets the app know your week.</source>
            <translation>Необязательно: чтобы приложение знало вашу неделю.</translation>
        </message>
        <message>
            <source>Play soft chimes</source>
            <translation>Мягкие звуковые сигналы</translation>
        </message>
        <message>
            <source>Play soft chimes for reminders and routine steps.</source>
            <translation>Тихие сигналы для напоминаний и шагов комплекса.</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Беременность</translation>
        </message>
        <message>
            <source>Put every setting on the {page} page back to its default? Nothing is saved until you press Apply or OK.</source>
            <translation>Вернуть все настройки на странице «{page}» к исходным значениям? Ничего не сохранится, пока вы не нажмёте «Применить» или «ОК».</translation>
        </message>
        <message>
            <source>Quiet hours</source>
            <translation>Тихие часы</translation>
        </message>
        <message>
            <source>Read routine steps aloud</source>
            <translation>Читать шаги упражнений вслух</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>Напоминать</translation>
        </message>
        <message>
            <source>Remind me at bedtime to sleep on my left side. "auto" turns it on from
pregnancy week 28 when a due date or week is set; true or false decide yourself.</source>
            <translation>Напоминать перед сном спать на левом боку. «Автоматически» включает его
с 28-й недели, если указаны дата родов или неделя; «Вкл.» и «Выкл.» решаете вы сами.</translation>
        </message>
        <message>
            <source>Remind me to do the bedtime calf stretches.</source>
            <translation>Напоминать о растяжке икр перед сном.</translation>
        </message>
        <message>
            <source>Remind me to rest with my legs raised.</source>
            <translation>Напоминать отдохнуть с приподнятыми ногами.</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <source>Rest with the legs raised.</source>
            <translation>Отдых с приподнятыми ногами.</translation>
        </message>
        <message>
            <source>Restore defaults on this page ({page})</source>
            <translation>Вернуть исходные значения на этой странице ({page})</translation>
        </message>
        <message>
            <source>Restore defaults?</source>
            <translation>Вернуть исходные значения?</translation>
        </message>
        <message>
            <source>Russian (Русский)</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save and close (Enter)</source>
            <translation>Сохранить и закрыть (Enter)</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Сохранить изменения?</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Задать</translation>
        </message>
        <message>
            <source>Set: {label}</source>
            <translation>Задать: {label}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Show the welcome again…</source>
            <translation>Показать приветствие ещё раз…</translation>
        </message>
        <message>
            <source>Sleep on the left side (third trimester).</source>
            <translation>Сон на левом боку (третий триместр).</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Откладывать на</translation>
        </message>
        <message>
            <source>So now: {time}.</source>
            <translation>Сейчас это {time}.</translation>
        </message>
        <message>
            <source>Some settings were changed and not saved.</source>
            <translation>Некоторые настройки изменены, но не сохранены.</translation>
        </message>
        <message>
            <source>Sound and voice</source>
            <translation>Звук и голос</translation>
        </message>
        <message>
            <source>Sounds and voice.</source>
            <translation>Звуки и голос.</translation>
        </message>
        <message>
            <source>Speak routine steps aloud, where a speech engine is installed.</source>
            <translation>Произносить шаги комплекса вслух, если установлен синтезатор речи.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Start Calf Coach when I log in</source>
            <translation>Запускать Calf Coach при входе в систему</translation>
        </message>
        <message>
            <source>Start and data</source>
            <translation>Запуск и данные</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Запуск при входе в систему</translation>
        </message>
        <message>
            <source>Still show it up to</source>
            <translation>Показывать с опозданием до</translation>
        </message>
        <message>
            <source>That week was on</source>
            <translation>Эта неделя была</translation>
        </message>
        <message>
            <source>The day `week` was true; from then on the week counts up by itself.</source>
            <translation>День, на который неделя была верной; дальше неделя считается сама.</translation>
        </message>
        <message>
            <source>The first comes this long after your wake time.</source>
            <translation>Первое напоминание приходит через это время после подъёма.</translation>
        </message>
        <message>
            <source>The first one comes this many minutes after wake time.</source>
            <translation>Первое приходит через столько минут после подъёма.</translation>
        </message>
        <message>
            <source>The last comes no later than this long before your bedtime.</source>
            <translation>Последнее приходит не позже чем за это время до сна.</translation>
        </message>
        <message>
            <source>The last one comes no later than this many minutes before bedtime.</source>
            <translation>Последнее приходит не позже чем за столько минут до сна.</translation>
        </message>
        <message>
            <source>The reminders, one section each.</source>
            <translation>Напоминания, по разделу на каждое.</translation>
        </message>
        <message>
            <source>The size of one glass, in millilitres.</source>
            <translation>Объём одного стакана в миллилитрах.</translation>
        </message>
        <message>
            <source>The time from one reminder to the next.</source>
            <translation>Время от одного напоминания до следующего.</translation>
        </message>
        <message>
            <source>The week of pregnancy is worked out from it.</source>
            <translation>По ней рассчитывается неделя беременности.</translation>
        </message>
        <message>
            <source>Times of day for a legs-up rest.</source>
            <translation>Время для отдыха с поднятыми ногами.</translation>
        </message>
        <message>
            <source>Times of day, separated by commas, for example 11:00, 15:00, 19:00.</source>
            <translation>Время дня через запятую, например 11:00, 15:00, 19:00.</translation>
        </message>
        <message>
            <source>Wake time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Вода</translation>
        </message>
        <message>
            <source>Water goal.</source>
            <translation>Цель по воде.</translation>
        </message>
        <message>
            <source>Week of pregnancy</source>
            <translation>Неделя беременности</translation>
        </message>
        <message>
            <source>What “I drank a glass” adds to the day.</source>
            <translation>Сколько добавляет «Я выпила стакан».</translation>
        </message>
        <message>
            <source>When not set: 30 minutes after your bedtime.</source>
            <translation>Если не задано: через 30 минут после времени сна.</translation>
        </message>
        <message>
            <source>When not set: at your wake time.</source>
            <translation>Если не задано: во время подъёма.</translation>
        </message>
        <message>
            <source>When quiet hours begin; unset: 30 minutes after bedtime.</source>
            <translation>Когда начинаются тихие часы; если не задано — через 30 минут после отхода ко сну.</translation>
        </message>
        <message>
            <source>When quiet hours end; unset: at wake time.</source>
            <translation>Когда заканчиваются тихие часы; если не задано — во время подъёма.</translation>
        </message>
        <message>
            <source>When reminders wait for you.</source>
            <translation>Когда напоминания ждут вас.</translation>
        </message>
        <message>
            <source>When the laptop was asleep or off at the time. Later than this it is recorded as missed and not shown.</source>
            <translation>Если в это время ноутбук спал или был выключен. Если опоздание больше, напоминание записывается как пропущенное и не показывается.</translation>
        </message>
        <message>
            <source>When you usually get up.</source>
            <translation>Когда вы обычно встаёте.</translation>
        </message>
        <message>
            <source>When you usually go to bed.</source>
            <translation>Когда вы обычно ложитесь спать.</translation>
        </message>
        <message>
            <source>When your desktop's own do-not-disturb switch is on.</source>
            <translation>Когда на рабочем столе включён собственный режим «Не беспокоить».</translation>
        </message>
        <message>
            <source>Where a speech engine is installed on this computer.</source>
            <translation>Если на компьютере установлен синтезатор речи.</translation>
        </message>
        <message>
            <source>Whether this reminder is on.</source>
            <translation>Включено ли это напоминание.</translation>
        </message>
        <message>
            <source>While a presentation, a film, a video call or a game fills the screen. “Cramp now” is never held.</source>
            <translation>Пока презентация, фильм, видеозвонок или игра занимают весь экран. «Если свело ногу» никогда не ждёт.</translation>
        </message>
        <message>
            <source>Without keyboard or mouse.</source>
            <translation>Без клавиатуры и мыши.</translation>
        </message>
        <message>
            <source>You turned this off in your system's startup settings ({where}); Calf Coach leaves that choice alone.</source>
            <translation>Вы отключили это в настройках автозапуска системы ({where}); Calf Coach не меняет ваш выбор.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Ваши данные</translation>
        </message>
        <message>
            <source>Your due date, e.g. 2027-03-14. The pregnancy week is worked out from it.</source>
            <translation>Предполагаемая дата родов, например 2027-03-14. По ней рассчитывается неделя беременности.</translation>
        </message>
        <message>
            <source>Your pregnancy week, if you prefer it to a due date.</source>
            <translation>Неделя беременности, если вам удобнее она, а не дата родов.</translation>
        </message>
        <message>
            <source>Your settings and your log are kept only on this computer, in this folder:</source>
            <translation>Ваши настройки и журнал хранятся только на этом компьютере, в этой папке:</translation>
        </message>
        <message>
            <source>e.g. 11:00, 15:00, 19:00</source>
            <translation>например: 11:00, 15:00, 19:00</translation>
        </message>
        <message>
            <source>has values nested too deeply to be settings</source>
            <translation>содержит слишком глубоко вложенные значения для настроек</translation>
        </message>
        <message>
            <source>ignored, because a due date is set</source>
            <translation>не учитывается, потому что задана дата родов</translation>
        </message>
        <message>
            <source>ignored, because no week is set</source>
            <translation>не учитывается, потому что неделя не задана</translation>
        </message>
        <message>
            <source>is not valid TOML: {error}</source>
            <translation>не является правильным TOML: {error}</translation>
        </message>
        <message>
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <source>min late</source>
            <translation>мин</translation>
        </message>
        <message>
            <source>ml</source>
            <translation>мл</translation>
        </message>
        <message>
            <source>must be from {first} to {last} for a pregnancy under way today</source>
            <translation>должна быть с {first} по {last}, если беременность идёт сейчас</translation>
        </message>
        <message>
            <source>must differ from the wake time</source>
            <translation>должно отличаться от времени подъёма</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <source>the file is empty; the defaults are used</source>
            <translation>файл пуст; используются значения по умолчанию</translation>
        </message>
        <message>
            <source>{file} {error}. It was kept as {aside} and the defaults are used until you save new settings.</source>
            <translation>{file}: {error}. Файл сохранён как {aside}; до сохранения новых настроек используются значения по умолчанию.</translation>
        </message>
        <message>
            <source>{file} {error}. The defaults are used until it is put right.</source>
            <translation>{file}: {error}. Пока это не исправлено, используются значения по умолчанию.</translation>
        </message>
        <message>
            <source>“Cramp now” key</source>
            <translation>Клавиши «Если свело ногу»</translation>
        </message>
    </context>
    <context>
        <name>state</name>
        <message>
            <source>{file} could not be read ({error}); it was kept as {aside}.</source>
            <translation>{file} не удалось прочитать ({error}); файл сохранён как {aside}.</translation>
        </message>
        <message>
            <source>{file} could not be read ({error}); it was left as it is.</source>
            <translation>{file} не удалось прочитать ({error}); файл оставлен как есть.</translation>
        </message>
        <message>
            <source>{file} {error}; it was left as it is.</source>
            <translation>{file}: {error}; файл оставлен как есть.</translation>
        </message>
        <message>
            <source>{file}: held reminder {entries} could not be read and was left out.</source>
            <translation>{file}: ждавшее напоминание {entries} не удалось прочитать, и оно пропущено.</translation>
        </message>
        <message>
            <source>{file}: held reminder {entries} could not be read and was left out; the file was kept as {aside}.</source>
            <translation>{file}: ждавшее напоминание {entries} не удалось прочитать, и оно пропущено; файл сохранён как {aside}.</translation>
        </message>
    </context>
    <context>
        <name>tips</name>
        <message>
            <source>A warm bath or a warm foot bath in the evening may help the calf muscles relax. Warm socks at night keep the legs comfortable.</source>
            <translation>Тёплая ванна или тёплая ванночка для ног вечером может помочь мышцам икр расслабиться. Тёплые носки ночью сохранят ногам уют.</translation>
        </message>
        <message>
            <source>Change position</source>
            <translation>Меняйте положение</translation>
        </message>
        <message>
            <source>Choose comfortable shoes, with heels no higher than about 5 cm.</source>
            <translation>Выбирайте удобную обувь с каблуком не выше примерно 5 см.</translation>
        </message>
        <message>
            <source>Comfortable shoes</source>
            <translation>Удобная обувь</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Еда</translation>
        </message>
        <message>
            <source>Go easy on caffeine</source>
            <translation>Поменьше кофеина</translation>
        </message>
        <message>
            <source>Potatoes, beans, bananas, dried apricots, nuts and seeds, leafy greens and dairy are rich in potassium, magnesium and calcium. Take supplements or medicines only if your midwife or doctor advises them.</source>
            <translation>Картофель, фасоль, бананы, курага, орехи и семечки, листовая зелень и молочные продукты богаты калием, магнием и кальцием. Добавки и лекарства принимайте, только если их посоветовали врач или акушерка.</translation>
        </message>
        <message>
            <source>Strong tea and coffee can make cramps more likely; water is the better drink.</source>
            <translation>Крепкий чай и кофе могут делать судороги чаще; лучше пить воду.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Советы</translation>
        </message>
        <message>
            <source>Tips that may make cramps less likely. Try what suits you; none is a must.</source>
            <translation>Советы, с которыми судороги могут случаться реже. Пробуйте то, что вам подходит; ничто из этого не обязательно.</translation>
        </message>
        <message>
            <source>Try not to sit cross-legged, or to stand or sit in one position, for long. Get up now and then, walk a little, roll from heel to toe.</source>
            <translation>Старайтесь подолгу не сидеть нога на ногу и не стоять или сидеть в одной позе. Время от времени вставайте, немного ходите, перекатывайтесь с пятки на носок.</translation>
        </message>
        <message>
            <source>Warm up before bed</source>
            <translation>Согрейтесь перед сном</translation>
        </message>
    </context>
    <context>
        <name>today</name>
        <message>
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <source>missed (asleep or away)</source>
            <translation>пропущено (сон или отсутствие)</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без ответа</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено вами</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>отложено</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>впереди</translation>
        </message>
        <message>
            <source>{time}  {title}</source>
            <translation>{time}  {title}</translation>
        </message>
        <message>
            <source>{time}  {title} — {state}</source>
            <translation>{time}  {title} — {state}</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Pause reminders</source>
            <translation>Приостановить напоминания</translation>
        </message>
    </context>
    <context>
        <name>voice</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n секунда</numerusform>
                <numerusform>%n секунды</numerusform>
                <numerusform>%n секунд</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n раз</numerusform>
                <numerusform>%n раза</numerusform>
                <numerusform>%n раз</numerusform>
            </translation>
        </message>
        <message>
            <source>take your time</source>
            <translation>не торопитесь</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>A quiet coach against calf cramps</source>
            <translation>Тихий помощник против судорог в икрах</translation>
        </message>
        <message>
            <source>About you (everything here is optional)</source>
            <translation>О вас (здесь всё необязательно)</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Bedtime and wake time must differ.</source>
            <translation>Время сна и время подъёма должны различаться.</translation>
        </message>
        <message>
            <source>Calf Coach helps make night-time calf cramps less likely and helps you get through them: it reminds you, gently and on time, to stretch your calves before bed, to drink through the day, to rest with your legs raised and, late in pregnancy, to sleep on your left side. When a cramp strikes, "Cramp now" talks you through it step by step, and a private log on this computer lets you show your midwife or doctor how often cramps come.</source>
            <translation>С Calf Coach ночные судороги в икрах могут случаться реже, а пережить их легче: он мягко и вовремя напоминает растянуть икры перед сном, пить в течение дня, отдыхать с приподнятыми ногами, а на поздних сроках — спать на левом боку. Когда начинается судорога, «Если свело ногу» шаг за шагом проведёт вас через неё, а личный журнал на этом компьютере поможет показать врачу или акушерке, как часто бывают судороги.</translation>
        </message>
        <message>
            <source>Done, not now</source>
            <translation>Готово, не сейчас</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Дата родов</translation>
        </message>
        <message>
            <source>From week 28, lying on your left side keeps the womb off a large vein, so blood returns from the legs more easily.</source>
            <translation>С 28-й недели положение на левом боку не даёт матке давить на крупную вену, и кровь легче возвращается от ног.</translation>
        </message>
        <message>
            <source>I know my due date</source>
            <translation>Я знаю предполагаемую дату родов</translation>
        </message>
        <message>
            <source>I usually get up at</source>
            <translation>Обычно я встаю в</translation>
        </message>
        <message>
            <source>I usually go to bed at</source>
            <translation>Обычно я ложусь спать в</translation>
        </message>
        <message>
            <source>It never diagnoses and never suggests medicines or supplements. Your midwife or doctor knows best.</source>
            <translation>Он никогда не ставит диагнозов и не предлагает лекарств или добавок. Ваша акушерка или врач знают лучше.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Start at login could not be changed ({reason}). You can try again in Settings → {page}.</source>
            <translation>Не удалось изменить запуск при входе в систему ({reason}). Можно попробовать ещё раз: Настройки → {page}.</translation>
        </message>
        <message>
            <source>The disk is full: your answers will be used at once, and your settings will be saved when there is room.</source>
            <translation>Диск заполнен: ваши ответы начнут действовать сразу, а настройки будут сохранены, когда на диске появится место.</translation>
        </message>
        <message>
            <source>The week of pregnancy is worked out from the due date.</source>
            <translation>Неделя беременности рассчитывается по дате родов.</translation>
        </message>
        <message>
            <source>Try the bedtime routine now</source>
            <translation>Попробовать вечернюю растяжку сейчас</translation>
        </message>
        <message>
            <source>Wake time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Добро пожаловать</translation>
        </message>
        <message>
            <source>Which reminders would you like?</source>
            <translation>Какие напоминания вам нужны?</translation>
        </message>
        <message>
            <source>You can change any of this later in Settings.</source>
            <translation>Всё это можно потом изменить в настройках.</translation>
        </message>
        <message>
            <source>You can change this later in Settings → {page}.</source>
            <translation>Это можно потом изменить: Настройки → {page}.</translation>
        </message>
        <message>
            <source>Your settings cannot be saved now ({reason}): your answers will be used at once, and saved when they can be.</source>
            <translation>Настройки сейчас нельзя сохранить ({reason}): ваши ответы начнут действовать сразу и будут сохранены, как только это станет возможно.</translation>
        </message>
        <message>
            <source>{page} of {pages}</source>
            <translation>{page} из {pages}</translation>
        </message>
        <message>
            <source>{title}: ticked now, it starts by itself in week {start} (now: {week})</source>
            <translation>{title}: отмечено сейчас, включится само на {start}-й неделе (сейчас {week}-я)</translation>
        </message>
    </context>
</TS>
