"""The words printed around the texts (status, dates, page numbers), in each language.

A printout is labelled in the language of its text, not of the interface: it is made to be
handed to an official, a lawyer or a judge who reads that language. These are interface
strings written by the project, not UN wording.
"""

from __future__ import annotations

from desktop.languages import is_rtl, ltr

LABELS: dict[str, dict[str, str]] = {
    "en": {
        # How a lead-in (desktop.lead_ins) is marked: {p} is its pinpoint, "art. 5".
        "lead_in": "Opening words of {p}",
        "then": ". ",
        "unofficial_short": "Unofficial translation",
        "guidance_short": "Guidance, not a UN text",
        "official": "Official UN text",
        "unofficial": "Unofficial translation by Rights at Hand, not an official UN text",
        "translated_from": "Source language: {source}; translation dated {date}",
        "guidance": "Rights at Hand guidance, not a UN text",
        "language": "Language: {name}",
        "content_version": "Content version {v}",
        "printed": "Printed on {date}",
        "page": "Page {n} of {total}",
        "note": "Note (added by the person who printed this; not part of the text)",
        "bookmarks": "Bookmarks: {folder}",
        "all_bookmarks": "Bookmarks",
        "top_level": "Not in a folder",
        "missing": "Passage {ref} is not in this version of the texts.",
        "altered": "Warning: this text differs from the text shipped with Rights at Hand. "
        "It may have been altered; check it against the official UN document.",
        "app": "Rights at Hand",
    },
    "fr": {
        "lead_in": "Phrase introductive, {p}",
        "then": ". ",
        "unofficial_short": "Traduction non officielle",
        "guidance_short": "Guide, pas un texte de l’ONU",
        "official": "Texte officiel de l’ONU",
        "unofficial": "Traduction non officielle de Rights at Hand, pas un texte officiel "
        "de l’ONU",
        "translated_from": "Langue source : {source} ; traduction du {date}",
        "guidance": "Guide de Rights at Hand, pas un texte de l’ONU",
        "language": "Langue : {name}",
        "content_version": "Version du contenu {v}",
        "printed": "Imprimé le {date}",
        "page": "Page {n} sur {total}",
        "note": "Note (ajoutée par la personne qui a imprimé ce document ; ne fait pas partie "
        "du texte)",
        "bookmarks": "Signets : {folder}",
        "all_bookmarks": "Signets",
        "top_level": "Hors dossier",
        "missing": "Le passage {ref} ne figure pas dans cette version des textes.",
        "altered": "Attention\u00a0: ce texte diffère du texte fourni avec Rights at Hand. Il a "
        "peut-être été modifié\u00a0; vérifiez-le à l’aide du document officiel de l’ONU.",
        "app": "Rights at Hand",
    },
    "es": {
        "lead_in": "Encabezamiento, {p}",
        "then": ". ",
        "unofficial_short": "Traducción no oficial",
        "guidance_short": "Guía, no es un texto de las Naciones Unidas",
        "official": "Texto oficial de las Naciones Unidas",
        "unofficial": "Traducción no oficial de Rights at Hand, no es un texto oficial de las "
        "Naciones Unidas",
        "translated_from": "Idioma de origen: {source}; traducción del {date}",
        "guidance": "Guía de Rights at Hand, no es un texto de las Naciones Unidas",
        "language": "Idioma: {name}",
        "content_version": "Versión del contenido {v}",
        "printed": "Impreso el {date}",
        "page": "Página {n} de {total}",
        "note": "Nota (añadida por la persona que imprimió esto; no forma parte del texto)",
        "bookmarks": "Marcadores: {folder}",
        "all_bookmarks": "Marcadores",
        "top_level": "Fuera de carpetas",
        "missing": "El pasaje {ref} no figura en esta versión de los textos.",
        "altered": "Atención: este texto difiere del texto distribuido con Rights at Hand. Puede "
        "haber sido alterado; compárelo con el documento oficial de las Naciones Unidas.",
        "app": "Rights at Hand",
    },
    "ru": {
        "lead_in": "Вводная часть, {p}",
        "then": ". ",
        "unofficial_short": "Неофициальный перевод",
        "guidance_short": "Руководство, не документ ООН",
        "official": "Официальный текст ООН",
        "unofficial": "Неофициальный перевод Rights at Hand, не официальный текст ООН",
        "translated_from": "Язык оригинала: {source}; перевод от {date}",
        "guidance": "Руководство Rights at Hand, не документ ООН",
        "language": "Язык: {name}",
        "content_version": "Версия содержания {v}",
        "printed": "Напечатано {date}",
        "page": "Страница {n} из {total}",
        "note": "Заметка (добавлена тем, кто напечатал документ; не является частью текста)",
        "bookmarks": "Закладки: {folder}",
        "all_bookmarks": "Закладки",
        "top_level": "Вне папок",
        "missing": "Фрагмента {ref} нет в этой версии текстов.",
        "altered": "Внимание: этот текст отличается от текста, поставляемого с Rights at Hand. "
        "Возможно, он был изменён; сверьте его с официальным документом ООН.",
        "app": "Rights at Hand",
    },
    "zh": {
        "lead_in": "{p}起首部分",
        "then": "。",
        "unofficial_short": "非正式译文",
        "guidance_short": "指南，非联合国文件",
        "official": "联合国正式文本",
        "unofficial": "Rights at Hand 非正式译文，非联合国正式文本",
        "translated_from": "原文语言：{source}；译文日期 {date}",
        "guidance": "Rights at Hand 指南，非联合国文件",
        "language": "语言：{name}",
        "content_version": "内容版本 {v}",
        "printed": "打印日期 {date}",
        "page": "第 {n} 页，共 {total} 页",
        "note": "备注（由打印者添加，不属于正文）",
        "bookmarks": "书签：{folder}",
        "all_bookmarks": "书签",
        "top_level": "未归入文件夹",
        "missing": "此版本中没有段落 {ref}。",
        "altered": "警告：此文本与 Rights at Hand 随附的文本不一致，可能已被改动；"
        "请与联合国正式文件核对。",
        "app": "Rights at Hand",
    },
    "ar": {
        "lead_in": "مطلع {p}",
        "then": ". ",
        "unofficial_short": "ترجمة غير رسمية",
        "guidance_short": "دليل، وليس نصاً للأمم المتحدة",
        "official": "نص رسمي للأمم المتحدة",
        "unofficial": "ترجمة غير رسمية من Rights at Hand، وليست نصاً رسمياً للأمم المتحدة",
        "translated_from": "لغة الأصل: {source}؛ تاريخ الترجمة {date}",
        "guidance": "دليل من Rights at Hand، وليس نصاً من نصوص الأمم المتحدة",
        "language": "اللغة: {name}",
        "content_version": "إصدار المحتوى {v}",
        "printed": "تاريخ الطباعة {date}",
        "page": "الصفحة {n} من {total}",
        "note": "ملاحظة (أضافها من طبع هذه الوثيقة، وليست جزءاً من النص)",
        "bookmarks": "الإشارات المرجعية: {folder}",
        "all_bookmarks": "الإشارات المرجعية",
        "top_level": "خارج المجلدات",
        "missing": "المقطع {ref} غير موجود في هذه النسخة من النصوص.",
        "altered": "تحذير: هذا النص يختلف عن النص المرفق مع Rights at Hand. ربما عُدِّل؛ قارنه "
        "بوثيقة الأمم المتحدة الرسمية.",
        "app": "Rights at Hand",
    },
}


def label(lang: str, key: str, **values: str) -> str:
    table = LABELS.get(lang, LABELS["en"])
    if is_rtl(lang) and "date" in values:
        # After Arabic letters the numbers of "2026-11-29" are Arabic numbers, which the
        # hyphens do not hold together: the line showed (and the PDF gave back) 29-11-2026.
        # Isolated, the date is one left-to-right run. The marks print as nothing (a PDF
        # reader may give each back as a space); left-to-right labels need none.
        values = {**values, "date": ltr(values["date"])}
    return table.get(key, LABELS["en"][key]).format(**values)


def localise(text: str, lang: str) -> str:
    """`text` in `lang` when it is one of the English labels above, e.g. the integrity
    check's warning, which `desktop.integrity` words in English; else `text` unchanged."""
    for key, value in LABELS["en"].items():
        if value == text and "{" not in value:
            return label(lang, key)
    return text
