"""The Chinese segmenter: our domain words cut as one, without touching jieba's own dictionary
(another plugin in the same Datasette process cuts text as it always did)."""
import jieba

from pzh_talent.registry.search import fts_query, segmenter


def test_domain_words_are_one_word_for_us_and_unchanged_for_everyone_else():
    ours = list(segmenter().cut_for_search("攀钢集团钒钛磁铁矿研究"))
    assert "钒钛" in ours and "钒钛磁铁矿" in ours and "攀钢集团" in ours
    assert "钒钛" not in list(jieba.cut("攀钢集团钒钛磁铁矿研究"))  # jieba's global dictionary as shipped
    assert segmenter() is segmenter()  # built once


def test_a_query_is_cut_as_the_index_is():
    assert '"钒钛"' in fts_query("钒钛 研究")
