"""Headline lines in, (kicker, title, subtitle) out: lines written for this test."""

import pytest

from reader.ingest.roles import headline_roles


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["冠县全力保障果农", "丰收无忧"], (None, "冠县全力保障果农 丰收无忧", None)),
        (["莘县统筹谋划", "推动园区提质增效"], (None, "莘县统筹谋划 推动园区提质增效", None)),
        (
            ["高唐县深化改革", "全面提升政务服务水平"],
            ("高唐县深化改革", "全面提升政务服务水平", None),
        ),
        (["春风十里 好运相随！", "阳谷春耕"], ("春风十里 好运相随！", "阳谷春耕", None)),
        (
            ["阳谷县", "多措并举稳就业", "——一季度新增岗位两千个"],
            ("阳谷县", "多措并举稳就业", "——一季度新增岗位两千个"),
        ),
    ],
    ids=["short-second-line-finishes-title", "couplet", "kicker", "exclaiming-kicker", "three"],
)
def test_headline_roles(lines, roles):
    assert headline_roles(lines) == roles
