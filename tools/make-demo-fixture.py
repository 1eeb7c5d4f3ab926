#!/usr/bin/env python3
"""Writes resources/fixtures/demo.json, the sandbox CRM's demo data.

Deterministic: a fixed random seed, no clock. Times are relative ("$now-3d"), resolved by the
sandbox when it loads the fixture, so the demo stays current (docs/fixture-format.md).

    python3 tools/make-demo-fixture.py            # rewrite the fixture
    python3 tools/make-demo-fixture.py --check    # fail when the committed file is stale
"""
import argparse
import hashlib
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "fixtures" / "demo.json"
rng = random.Random(20240501)


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


def ago(days=0, hours=0):
    # A history computed past today stops at now: "$now--1d" is no time at all, and a stage
    # entered in the future would be as wrong.
    if days * 24 + hours < 0:
        return "$now"
    if days and hours:
        return f"$now-{days * 24 + hours}h"
    if days:
        return f"$now-{days}d"
    return f"$now-{hours}h" if hours else "$now"


def ahead(days):
    return f"$now+{days}d"


def users():
    # The tokens are public on purpose (README): they only ever open the sandbox.
    return [
        {"id": "u-agent", "login": "agent", "display_name": "Анна Смирнова", "role": "agent",
         "token_sha256": sha256("demo-agent-token")},
        {"id": "u-lead", "login": "lead", "display_name": "Борис Егоров", "role": "team_lead",
         "token_sha256": sha256("demo-lead-token")},
        {"id": "u-admin", "login": "admin", "display_name": "Вера Администратова", "role": "admin",
         "token_sha256": sha256("demo-admin-token")},
    ]


def school():
    """The example student of seed 000 (KIDS, two unlinked English/math pairs) and one adult."""
    t = {}
    t["regions"] = [
        {"id": 1, "name": "Россия", "currency": "RUB"},
        {"id": 2, "name": "Казахстан", "currency": "KZT"},
        {"id": 3, "name": "Европа", "currency": "EUR"},
    ]
    t["price_sets"] = [
        {"id": 1, "name": "KIDS English — стандарт", "region_id": 1, "lesson_price_kopecks": 119000},
        {"id": 2, "name": "KIDS Math — стандарт", "region_id": 1, "lesson_price_kopecks": 109000},
        {"id": 3, "name": "Adult English — стандарт", "region_id": 1, "lesson_price_kopecks": 149000},
        {"id": 4, "name": "KIDS English — Казахстан", "region_id": 2, "lesson_price_kopecks": 99000},
    ]
    t["staff"] = [
        {"id": 501, "kind": "methodist", "name": "Ольга Методиева", "email": "o.metodieva@school.example"},
        {"id": 502, "kind": "methodist", "name": "Павел Вводнов", "email": "p.vvodnov@school.example"},
        {"id": 601, "kind": "teacher", "name": "Ирина Петрова", "email": "i.petrova@school.example"},
        {"id": 602, "kind": "teacher", "name": "Сергей Иванов", "email": "s.ivanov@school.example"},
        {"id": 603, "kind": "teacher", "name": "Мария Лебедева", "email": "m.lebedeva@school.example"},
    ]
    t["students"] = [
        {"id": 1, "name": "Миша Кузнецов", "parent_name": "Елена Кузнецова", "is_kids": True,
         "phone": "+7 499 123-45-67", "email": "kuznetsova.e@example.org", "created_at": ago(400)},
        {"id": 2, "name": "Дмитрий Орлов", "parent_name": None, "is_kids": False,
         "phone": "+7 916 555-12-34", "email": "d.orlov@example.org", "created_at": ago(200)},
    ]
    # 11 (English, working) <-> 12 (math, empty); 21 (English, empty) <-> 22 (math, working).
    t["accounts"] = [
        {"id": 11, "student_id": 1, "subject": "english", "product": "kids", "linked_account_id": 12,
         "lessons_taken": 24, "paid_lessons_balance": 8, "login_link_allowed": True, "created_at": ago(400)},
        {"id": 12, "student_id": 1, "subject": "math", "product": "kids", "linked_account_id": 11,
         "lessons_taken": 0, "paid_lessons_balance": 0, "login_link_allowed": False, "created_at": ago(400)},
        {"id": 21, "student_id": 1, "subject": "english", "product": "kids", "linked_account_id": 22,
         "lessons_taken": 0, "paid_lessons_balance": 0, "login_link_allowed": True, "created_at": ago(150)},
        {"id": 22, "student_id": 1, "subject": "math", "product": "kids", "linked_account_id": 21,
         "lessons_taken": 16, "paid_lessons_balance": 5, "login_link_allowed": False, "created_at": ago(150)},
        {"id": 31, "student_id": 2, "subject": "english", "product": "adult", "linked_account_id": None,
         "lessons_taken": 10, "paid_lessons_balance": 4, "login_link_allowed": True, "created_at": ago(200)},
    ]
    t["requests"] = [
        {"id": 1101, "account_id": 11, "status": "studying", "methodist_id": 501, "teacher_id": 601,
         "price_set_id": 1, "region_id": 1,
         "intro_lesson_report": "Уровень A1. Хорошо воспринимает на слух, стесняется говорить. Рекомендован курс Kids Starter.",
         "task_after_trial_student": "Повторять слова урока 10 минут в день в приложении.",
         "task_after_trial_teacher": "Больше говорения в парах, игры на старте урока.",
         "created_at": ago(400), "updated_at": ago(3)},
        {"id": 2101, "account_id": 21, "status": "new", "methodist_id": None, "teacher_id": None,
         "price_set_id": 1, "region_id": 1, "created_at": ago(150), "updated_at": ago(150)},
        {"id": 2201, "account_id": 22, "status": "studying", "methodist_id": 502, "teacher_id": 602,
         "price_set_id": 2, "region_id": 1,
         "intro_lesson_report": "Счёт в пределах 100 уверенный, задачи на логику — с подсказками.",
         "task_after_trial_student": "Решать по 3 задачи из тренажёра после каждого урока.",
         "task_after_trial_teacher": "Начать с логических задач, закрепить таблицу умножения.",
         "created_at": ago(150), "updated_at": ago(5)},
        {"id": 3101, "account_id": 31, "status": "studying", "methodist_id": 501, "teacher_id": 603,
         "price_set_id": 3, "region_id": 1, "intro_lesson_report": "B1, цель — собеседование на английском.",
         "task_after_trial_student": "Готовить рассказ о своём опыте работы.",
         "task_after_trial_teacher": "Бизнес-лексика, симуляции интервью.",
         "created_at": ago(200), "updated_at": ago(10)},
    ]
    t["request_comments"] = [
        {"request_id": 1101, "author": "Ольга Методиева", "text": "ВУ проведён, родитель доволен.", "created_at": ago(398)},
        {"request_id": 1101, "author": "Анна Смирнова", "text": "Оплачен пакет 16 уроков.", "created_at": ago(60)},
        {"request_id": 2101, "author": "Система", "text": "Заявка создана при регистрации на английский.", "created_at": ago(150)},
        {"request_id": 2201, "author": "Павел Вводнов", "text": "ВУ проведён, назначен П.", "created_at": ago(148)},
        {"request_id": 3101, "author": "Анна Смирнова", "text": "Просит уроки по вечерам.", "created_at": ago(199)},
    ]
    t["request_status_history"] = [
        {"request_id": 1101, "status": "new", "changed_at": ago(400)},
        {"request_id": 1101, "status": "intro_scheduled", "changed_at": ago(399)},
        {"request_id": 1101, "status": "intro_done", "changed_at": ago(398)},
        {"request_id": 1101, "status": "studying", "changed_at": ago(390)},
        {"request_id": 2101, "status": "new", "changed_at": ago(150)},
        {"request_id": 2201, "status": "new", "changed_at": ago(150)},
        {"request_id": 2201, "status": "intro_scheduled", "changed_at": ago(149)},
        {"request_id": 2201, "status": "intro_done", "changed_at": ago(148)},
        {"request_id": 2201, "status": "studying", "changed_at": ago(140)},
        {"request_id": 3101, "status": "new", "changed_at": ago(200)},
        {"request_id": 3101, "status": "studying", "changed_at": ago(195)},
    ]
    lessons = [
        {"account_id": 11, "staff_id": 501, "kind": "intro", "status": "completed", "starts_at": ago(398)},
        {"account_id": 22, "staff_id": 502, "kind": "intro", "status": "completed", "starts_at": ago(148)},
        {"account_id": 31, "staff_id": 501, "kind": "intro", "status": "completed", "starts_at": ago(198)},
    ]
    for account, teacher in ((11, 601), (22, 602), (31, 603)):
        for week in range(4, 0, -1):
            lessons.append({"account_id": account, "staff_id": teacher, "kind": "regular",
                            "status": "completed", "starts_at": ago(week * 7)})
        lessons.append({"account_id": account, "staff_id": teacher, "kind": "regular",
                        "status": "scheduled", "starts_at": ahead(2)})
    t["lessons"] = lessons
    t["schedules"] = [
        {"account_id": 11, "teacher_id": 601, "weekday": 1, "time": "17:00", "duration_min": 50},
        {"account_id": 11, "teacher_id": 601, "weekday": 4, "time": "17:00", "duration_min": 50},
        {"account_id": 22, "teacher_id": 602, "weekday": 2, "time": "18:00", "duration_min": 50},
        {"account_id": 22, "teacher_id": 602, "weekday": 5, "time": "18:00", "duration_min": 50},
        {"account_id": 31, "teacher_id": 603, "weekday": 3, "time": "20:00", "duration_min": 60},
    ]
    return t


FIRST = ["Алексей", "Мария", "Иван", "Ольга", "Никита", "Светлана", "Артём", "Юлия", "Kirill", "Emma",
         "Тимур", "Дарья", "Роман", "Ксения", "Глеб", "Полина"]
LAST = ["Соколов", "Попова", "Волков", "Морозова", "Новиков", "Фёдорова", "Зайцев", "Павлова",
        "Smith", "Семёнов", "Голубева", "Виноградов", "Богданова", "Kowalski"]
CAMPAIGNS = ["kids_spring", "kids_math_trial", "adult_english", "brand", "retarget_30d"]


def phone(i):
    # Some numbers in each of the three spellings the duplicate rule treats as one (7499/8499/499).
    base = f"{4990000000 + i * 7919 % 9999999:010d}"
    spelling = i % 5
    if spelling == 0:
        return "7" + base
    if spelling == 1:
        return "8" + base
    if spelling == 2:
        return base
    return f"79{(i * 104729) % 1000000000:09d}"


def sales():
    t = {}
    t["sources"] = [
        {"id": 1, "name": "Яндекс Директ", "medium": "cpc"},
        {"id": 2, "name": "Google Ads", "medium": "cpc"},
        {"id": 3, "name": "ВКонтакте", "medium": "social"},
        {"id": 4, "name": "Сайт", "medium": "organic"},
        {"id": 5, "name": "Колл-трекинг", "medium": "call"},
        {"id": 6, "name": "Партнёры", "medium": "referral"},
    ]
    t["funnels"] = [{"id": 1, "name": "Продажи KIDS"}, {"id": 2, "name": "Продажи взрослым"}]
    stages = []
    stage_names = ["Новая", "Контакт установлен", "ВУ назначен", "ВУ проведён", "Счёт выставлен"]
    for funnel in (1, 2):
        for n, name in enumerate(stage_names):
            stages.append({"id": funnel * 100 + n + 1, "funnel_id": funnel, "name": name,
                           "kind": "in_process", "sort_order": (n + 1) * 10})
        stages.append({"id": funnel * 100 + 90, "funnel_id": funnel, "name": "Оплачено",
                       "kind": "success", "sort_order": 9000})
        stages.append({"id": funnel * 100 + 99, "funnel_id": funnel, "name": "Отказ",
                       "kind": "failed", "sort_order": 9100})
    t["funnel_stages"] = stages

    clients = []
    for i in range(1, 151):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        legal = i % 15 == 0
        clients.append({"id": i, "name": f"ООО «Клиент {i}»" if legal else name, "phone": phone(i),
                        "email": f"client{i}@example.org", "type": "legal" if legal else "individual",
                        "created_at": ago(rng.randint(1, 300))})
    t["clients"] = clients

    leads = []
    statuses = ["free"] * 5 + ["in_work"] * 3 + ["success", "failure"]
    for i in range(1, 201):
        status = rng.choice(statuses)
        assignee = None if status == "free" else rng.choice(["u-agent", "u-agent", "u-lead"])
        source = rng.randint(1, 6)
        kind = "call" if source == 5 or i % 3 == 0 else "form"
        client = clients[(i * 37) % len(clients)]
        hours = i * 5 + rng.randint(0, 4)
        lead = {"id": i, "kind": kind, "status": status, "assignee_id": assignee,
                "client_id": client["id"] if status != "free" else None,
                "name": client["name"], "phone": client["phone"],
                "email": client["email"] if kind == "form" else "",
                "source_id": source, "medium": t["sources"][source - 1]["medium"],
                "utm_source": ["yandex", "google", "vk", "site", "calltracking", "partner"][source - 1],
                "utm_medium": t["sources"][source - 1]["medium"],
                "utm_campaign": rng.choice(CAMPAIGNS), "utm_content": f"ad{rng.randint(1, 40)}",
                "utm_term": rng.choice(["английский для детей", "математика онлайн", "курсы английского", ""]),
                "google_client_id": f"{rng.randint(10**8, 10**9 - 1)}.{rng.randint(10**9, 2 * 10**9)}",
                "tags": "|".join(rng.sample(["kids", "math", "english", "trial", "vip", "callback"], 2)),
                "call_id": f"call-{i:05d}" if kind == "call" else None,
                "call_time": ago(hours=hours) if kind == "call" else None,
                "form_request_id": f"form-{i:05d}" if kind == "form" else None,
                "comment": "", "created_at": ago(hours=hours)}
        leads.append(lead)
    t["leads"] = leads

    deal_statuses = ["new", "confirmed", "missed", "scheduled", "sms_confirmation_sent", "in_progress",
                     "finished", "cancelled_by_sms", "cancelled"]
    deals, history = [], []
    for i in range(1, 201):
        funnel = 1 if i % 3 else 2
        in_process = [s for s in stages if s["funnel_id"] == funnel and s["kind"] == "in_process"]
        status = rng.choice(deal_statuses)
        if status == "finished":
            stage = next(s for s in stages if s["funnel_id"] == funnel and s["kind"] == "success")
        elif status.startswith("cancelled"):
            stage = next(s for s in stages if s["funnel_id"] == funnel and s["kind"] == "failed")
        else:
            stage = rng.choice(in_process)
        created = rng.randint(2, 120)
        client = clients[(i * 13) % len(clients)]
        deals.append({"id": i, "client_id": client["id"], "lead_id": i if i % 2 else None,
                      "funnel_id": funnel, "stage_id": stage["id"], "status": status,
                      "type": client["type"], "amount_kopecks": rng.choice([0, 1190000, 1904000, 2380000, 4760000]),
                      "created_at": ago(created), "updated_at": ago(rng.randint(0, created - 1))})
        passed = [s for s in in_process if s["sort_order"] <= stage["sort_order"]] if stage["kind"] == "in_process" \
            else in_process[: rng.randint(1, len(in_process))] + [stage]
        for n, s in enumerate(passed):
            history.append({"deal_id": i, "stage_id": s["id"], "entered_at": ago(created - n),
                            "is_generated": n > 0 and n == len(passed) - 2 and i % 7 == 0})
    t["deals"] = deals
    t["deal_stage_history"] = history
    return t


# The lead settings of issue 4 (seed 001): duplicates by phone and by e-mail, period 0 (= the
# last 90 days), only deals still in processing, a comment in the existing deal.
LEAD_SETTINGS = {"id": 1, "by_phone": True, "by_email": True, "period_days": 0,
                 "only_in_processing": True, "action": "comment", "version": 1}
# Seed 001's status groups; statuses left out (new) count as not counted.
STATUS_GROUPS = {"confirmed": "not_counted", "missed": "not_counted", "scheduled": "in_work",
                 "sms_confirmation_sent": "in_work", "in_progress": "in_work", "finished": "paid",
                 "cancelled_by_sms": "cancelled", "cancelled": "cancelled"}


def lead_handling(t):
    """Issue 4 on top of sales(): settings, status groups, the default funnel, call-tracking
    records of the deals that came from leads, a few lead comments, and four clients whose deals
    are the duplicate candidates of docs/fixture-format.md. Touches no random numbers, so the
    rest of the fixture stays as it was."""
    t["funnels"][0]["is_default"] = True
    t["lead_settings"] = [dict(LEAD_SETTINGS)]
    t["order_status_groups"] = [{"status": k, "status_group": v} for k, v in STATUS_GROUPS.items()]

    # (client, deal): the duplicate candidates. Each client is new (ids 151-154) and has only
    # this deal, so what a test sends decides alone.
    candidates = [
        ({"id": 151, "name": "Иван Петров", "phone": "8 (499) 765-43-21",
          "email": "ivan.petrov@example.org"},
         {"id": 101, "stage_id": 102, "status": "in_progress", "days": 5}),
        ({"id": 152, "name": "Мария Соколова", "phone": "+7 916 000-11-22",
          "email": "Maria.Sokolova@Example.org"},
         {"id": 102, "stage_id": 101, "status": "confirmed", "days": 20}),
        ({"id": 153, "name": "Олег Закрытов", "phone": "7 (495) 111-22-33",
          "email": "oleg.zakrytov@example.org"},
         {"id": 103, "stage_id": 190, "status": "finished", "days": 10}),
        ({"id": 154, "name": "Нина Старова", "phone": "4951234567",
          "email": "nina.starova@example.org"},
         {"id": 104, "stage_id": 101, "status": "scheduled", "days": 100}),
    ]
    stage_ids = [101, 102, 103, 104, 105]
    for client, spec in candidates:
        t["clients"].append(dict(client, type="individual", created_at=ago(spec["days"] + 1)))
        deal = next(d for d in t["deals"] if d["id"] == spec["id"])
        deal.update({"client_id": client["id"], "lead_id": None, "funnel_id": 1,
                     "stage_id": spec["stage_id"], "status": spec["status"], "type": "individual",
                     "amount_kopecks": 1190000 if spec["status"] == "finished" else 0,
                     "created_at": ago(spec["days"]), "updated_at": ago(max(spec["days"] - 2, 0))})
        t["deal_stage_history"] = [h for h in t["deal_stage_history"] if h["deal_id"] != spec["id"]]
        if spec["stage_id"] == 190:
            passed = [101, 102, 190]
        else:
            passed = stage_ids[: stage_ids.index(spec["stage_id"]) + 1]
        for n, stage in enumerate(passed):
            t["deal_stage_history"].append({"deal_id": spec["id"], "stage_id": stage,
                                            "entered_at": ago(spec["days"] - n), "is_generated": False})
    t["deal_stage_history"].sort(key=lambda h: h["deal_id"])

    # Seed 002: each deal that came from a lead has its call-tracking record, following the
    # deal's status and amount; finished closes it as COMPLETED.
    leads = {lead["id"]: lead for lead in t["leads"]}
    tracking = []
    for deal in t["deals"]:
        lead = leads.get(deal["lead_id"])
        if not lead:
            continue
        done = deal["status"] == "finished"
        tracking.append({"deal_id": deal["id"], "lead_id": lead["id"],
                         "external_id": lead["call_id"] or lead["form_request_id"] or "",
                         "status": "COMPLETED" if done else deal["status"],
                         "amount_kopecks": deal["amount_kopecks"], "status_changed_at": deal["updated_at"],
                         "completed": done, "created_at": deal["created_at"], "updated_at": deal["updated_at"]})
    t["call_tracking_deals"] = tracking

    names = {"u-agent": "Анна Смирнова", "u-lead": "Борис Егоров"}
    comments = []
    for lead in t["leads"]:
        if lead["status"] == "in_work" and len(comments) < 6:
            comments.append({"lead_id": lead["id"], "author": names[lead["assignee_id"]],
                             "author_id": lead["assignee_id"], "text": "Перезвонить после 18:00.",
                             "created_at": lead["created_at"]})
    t["lead_comments"] = comments


def partner():
    """Partner clients with lines in every status and their channels, the partner's profile."""
    t = {}
    countries = ["RU", "RU", "KZ", "BY", "UZ", "RU"]
    organisations = ["Цветочная лавка", "Автосервис «Поршень»", "Клиника «Здоровье»", "Kazakh Tours",
                     "Минский хлеб", "Samarkand Trade", "Школа танцев «Ритм»", "Доставка «Быстро»",
                     "Салон «Ножницы»", "Юридическое бюро «Право»", "Fitness Point", "Отель «У моря»"]
    clients, lines, channels = [], [], []
    # Expiry offsets in days cover every status: active, expiring within 7, within 30, expired.
    offsets = [120, 3, 20, -5, 45, 6, 29, -30, 200, 1, 15, -1]
    channel_sets = [["whatsapp"], ["telegram", "whatsapp"], ["max"], ["waba"], ["whatsapp", "telegram", "max"],
                    ["instagram", "vk"], ["avito"], ["telegram"]]
    line_pk = 0
    for i, organisation in enumerate(organisations, start=1):
        clients.append({"id": i, "account_id": f"PC-{1000 + i}", "organisation": organisation,
                        "project": f"Проект {i}", "country": countries[i % len(countries)],
                        "email": f"owner@pc-{1000 + i}.example.org",
                        "chatcoins": rng.choice([0, 500, 1500, 5000]), "waba_packages": rng.choice([0, 0, 1, 3]),
                        "partner_created_cabinet": i % 3 != 0, "access_granted": i % 4 == 0,
                        "comment": "Счёт оплачен по безналу" if i % 5 == 0 else ""})
        for n in range(1 + i % 3):
            line_pk += 1
            offset = offsets[(i + n * 5) % len(offsets)]
            lines.append({"id": line_pk, "client_id": i, "line_id": f"L-{20000 + line_pk}",
                          "name": f"Линия {n + 1}", "expires_at": ahead(offset) if offset >= 0 else ago(-offset),
                          "is_nfr": i == 1 and n == 0, "comment": ""})
            for channel in channel_sets[(i + n) % len(channel_sets)]:
                channels.append({"line_id": line_pk, "channel": channel, "connected": (i + n) % 6 != 0})
    t["partner_clients"] = clients
    t["partner_lines"] = lines
    t["line_channels"] = channels
    # The platform's price list: per channel and month, and per ChatCoins package (kopecks).
    t["partner_prices"] = [
        {"kind": "channel", "item": item, "price_kopecks": price}
        for item, price in [("whatsapp", 150000), ("telegram", 120000), ("max", 90000), ("waba", 200000),
                            ("instagram", 130000), ("vk", 100000), ("avito", 110000)]
    ] + [
        {"kind": "chatcoins", "item": item, "price_kopecks": price}
        for item, price in [("cc-1000", 100000), ("cc-5000", 450000), ("cc-20000", 1600000)]
    ]
    # The partner itself (issue 5): an official partner with a reward to withdraw and the NFR line
    # above (client 1's first line, 3 days left). One payment of a client whose cabinet the
    # partner created, 20 days ago: it earned 20 % and renews the NFR line at its expiry.
    t["partner_profile"] = [
        {"id": 1, "name": "ООО «Интегратор Плюс»", "status": "official",
         "reward_balance_kopecks": 1234500},
    ]
    t["partner_client_payments"] = [
        {"id": 1, "client_id": 2, "amount_kopecks": 490000, "paid_at": ago(20),
         "reward_kopecks": 98000, "created_at": ago(20)},
    ]
    return t


def fixture():
    tables = {"users": users()}
    tables.update(school())
    tables.update(sales())
    lead_handling(tables)
    tables.update(partner())
    return tables


def render(tables):
    """One row per line: readable diffs, reasonable size."""
    out = ["{"]
    names = list(tables)
    for t, name in enumerate(names):
        out.append(f' "{name}": [')
        rows = tables[name]
        for r, row in enumerate(rows):
            comma = "," if r < len(rows) - 1 else ""
            out.append("  " + json.dumps(row, ensure_ascii=False, separators=(",", ":")) + comma)
        out.append(" ]" + ("," if t < len(names) - 1 else ""))
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed fixture is stale")
    args = parser.parse_args()
    text = render(fixture())
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run tools/make-demo-fixture.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
