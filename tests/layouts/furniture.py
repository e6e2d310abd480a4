"""Page furniture as newspapers print it: editor credits, section labels, date strips.

In: a seeded `random.Random`. Out: lists of lines that belong to no article. Built from the
trade's conventions (a credit names a role and a spaced two-character name, with or without
a colon; a label may carry ■ or a `报名·栏目` form; a date strip is split one item a line
by extraction), from small pools of characters, never from a real page.
"""

from __future__ import annotations

import datetime
import random

SURNAMES = "刘王李张陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "畅蕾敏磊伟静丽强军平华红霞岚维冬月晨朗然宁欣彤"
ROLES = ("责任编辑", "美术编辑", "本版编辑", "校对", "版式设计", "组版")
LABELS = ("县域快讯", "民生关注", "乡村振兴", "基层动态", "综合新闻", "政务资讯", "文明实践")
PAPERS = ("聊城新闻", "今日视点", "鲁西大地", "城乡周刊")
MARKS = ("■", "◆", "▲", "●", "")
DESKS = ("农村新闻", "要闻", "县域经济", "综合", "民生")
WEEKDAYS = "一二三四五六日"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"


def editor_credits(rng: random.Random) -> list[str]:
    roles = rng.sample(ROLES, rng.randint(1, 2))
    colon = rng.random() < 0.3
    parts = [f"{role}{'：' if colon else ' '}{_name(rng)}" for role in roles]
    return ["  ".join(parts)] if rng.random() < 0.7 else parts


def section_label(rng: random.Random) -> list[str]:
    if rng.random() < 0.4:
        return [f"{rng.choice(PAPERS)}·{rng.choice(LABELS)}"]
    return [rng.choice(MARKS) + rng.choice(LABELS)]


def date_strip(rng: random.Random) -> list[str]:
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800))
    items = [f"{day.year}年{day.month}月{day.day}日", f"星期{WEEKDAYS[day.weekday()]}"]
    items += [rng.choice(DESKS), f"第{rng.randint(2, 8)}版"]
    return rng.sample(items, rng.randint(2, 4)) if rng.random() < 0.5 else items


KINDS = (editor_credits, section_label, date_strip)


def furniture(rng: random.Random) -> list[str]:
    return rng.choice(KINDS)(rng)
