package app.tandem.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;
import java.util.Locale;

/**
 * The Vaadin components' own texts (upload, date picker, sign-in form) in the interface's
 * language: the components ship English only, and a Russian screen with an "Upload Files..."
 * button in it reads as unfinished.
 */
public final class ComponentTexts {
    private ComponentTexts() {
    }

    static boolean russian() {
        UI ui = UI.getCurrent();
        Locale l = ui == null ? null : ui.getLocale();
        return l != null && "ru".equals(l.getLanguage());
    }

    /**
     * Texts the page itself shows outside any one view: the connection indicator, the password
     * field's reveal button, and the grid's "Sort by …" labels (set by Flow's grid connector).
     * Installed once per page; a watcher re-applies them to elements that appear later.
     */
    public static void installPageTexts(UI ui) {
        Locale l = ui.getLocale();
        if (l == null || !"ru".equals(l.getLanguage())) {
            return;
        }
        elemental.json.JsonObject t = elemental.json.Json.createObject();
        t.put("online", "В сети");
        t.put("offline", "Нет связи с сервером");
        t.put("reconnecting", "Нет связи с сервером, переподключение…");
        t.put("reveal", "Показать пароль");
        t.put("sortBy", "Сортировать по");
        ui.getPage().executeJs("""
                const t = $0;
                const fix = () => {
                  const ci = document.querySelector('vaadin-connection-indicator');
                  if (ci && ci.onlineText !== t.online) {
                    ci.onlineText = t.online; ci.offlineText = t.offline; ci.reconnectingText = t.reconnecting;
                  }
                  document.querySelectorAll('vaadin-password-field').forEach(p => {
                    if (!p.i18n || p.i18n.reveal !== t.reveal) p.i18n = Object.assign({}, p.i18n, {reveal: t.reveal});
                  });
                  document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(s =>
                    s.setAttribute('aria-label', t.sortBy + ' ' + s.getAttribute('aria-label').substring(8)));
                };
                if (!window.__tandemTexts) {
                  window.__tandemTexts = new MutationObserver(fix);
                  window.__tandemTexts.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
                }
                fix();
                customElements.whenDefined('vaadin-connection-indicator').then(fix);""", t);
    }

    /** Texts of an upload whose button and drop label the caller may set itself afterwards. */
    public static void localise(Upload upload) {
        if (!russian()) {
            return;
        }
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Выбрать файл…").setMany("Выбрать файлы…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Перетащите файл сюда").setMany("Перетащите файлы сюда"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("Слишком много файлов.").setFileIsTooBig("Файл слишком велик.")
                .setIncorrectFileType("Этот тип файла не принимается."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Соединение…").setStalled("Передача остановилась")
                        .setProcessing("Обработка файла…").setHeld("В очереди"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("осталось: ").setUnknown("оставшееся время неизвестно"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("Сервер недоступен")
                        .setUnexpectedServerError("Ошибка сервера при загрузке").setForbidden("Загрузка запрещена")));
        i18n.setUnits(new UploadI18N.Units(List.of("Б", "КБ", "МБ", "ГБ", "ТБ", "ПБ", "ЭБ", "ЗБ", "ИБ")));
        i18n.setFile(new UploadI18N.File().setRetry("Повторить").setStart("Начать").setRemove("Убрать"));
        upload.setI18n(i18n);
    }

    /** Month and day names, buttons and the date format of a date picker. */
    public static void localise(DatePicker picker) {
        if (!russian()) {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            return;
        }
        picker.setLocale(Locale.forLanguageTag("ru"));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("dd.MM.yyyy")
                .setMonthNames(List.of("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
                        "Ноябрь", "Декабрь"))
                .setWeekdays(List.of("воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"))
                .setWeekdaysShort(List.of("вс", "пн", "вт", "ср", "чт", "пт", "сб"))
                .setFirstDayOfWeek(1)
                .setToday("Сегодня")
                .setCancel("Отмена")
                .setBadInputErrorMessage("Дата записывается как ДД.ММ.ГГГГ"));
    }

    /** The sign-in form's texts; {@code null} when the interface is English (the form's own defaults). */
    public static LoginI18n login() {
        LoginI18n i18n = LoginI18n.createDefault();
        if (!russian()) {
            return i18n;
        }
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("Вход");
        form.setUsername("Имя пользователя");
        form.setPassword("Пароль");
        form.setSubmit("Войти");
        form.setForgotPassword("Забыли пароль?");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Неверное имя пользователя или пароль");
        error.setMessage("Проверьте имя и пароль и попробуйте ещё раз.");
        error.setUsername("Введите имя пользователя");
        error.setPassword("Введите пароль");
        i18n.setAdditionalInformation(null);
        return i18n;
    }
}
