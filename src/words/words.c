/* words.c: the one matcher over the vocabulary tables (see words.h). */
#include "words.h"

#include <string.h>

const words_table *const words_all[] = {
    &words_teaser_prefixes, &words_prompt_prefixes, &words_back_prefixes, &words_channel_asks, &words_follow_words, &words_channel_names, &words_rights_phrases, &words_disclaimer_phrases, &words_affiliate_words, &words_link_mark_words, &words_post_self_refs, &words_post_self_nouns, &words_sponsor_phrases, &words_review_phrases, &words_review_labels, &words_ad_labels, &words_link_nouns, &words_ask_connectives, &words_comment_words, &words_login_words, &words_risk_warnings, &words_release_self_refs, &words_release_names, &words_contact_phone_labels, &words_publication_of, &words_site_operator_phrases, &words_file_readers,
    &words_credit_prefixes, &words_here_links, &words_here_link_actions, &words_page_words, &words_counter_betweens, &words_file_size_units,
    &words_class_comment_section_names, &words_class_page_footer_names, &words_class_comment_box_names, &words_class_icon_prefixes, &words_furniture_headings, &words_post_nouns, &words_comment_headings, &words_comment_counted_headings, &words_comment_any_count_headings,
    &words_name_headings, &words_also_on_prefixes, &words_author_headings, &words_comment_title_prefixes, &words_home_page_titles, &words_count_words, &words_view_count_words, &words_meta_part_labels, &words_media_labels, &words_liability_notes, &words_reading_time_phrases, &words_consent_phrases, &words_reservation_phrases, &words_reader_post_words, &words_pointer_openers, &words_series_part_labels, &words_post_nav_labels, &words_pointer_lines, &words_more_questions, &words_appeal_openers, &words_about_us_pointers, &words_pointer_line_ends, &words_more_words, &words_donation_path_segments, &words_support_asks, &words_donation_words, &words_house_voice_words, &words_house_newsroom, &words_payment_words, &words_currency_words, &words_about_prefixes, &words_about_prefixes_contact, &words_about_suffixes, &words_about_prefixes_nl, &words_about_prefixes_nordic, &words_contact_headings,
    &words_subscription_segments, &words_app_offer_phrases, &words_app_words, &words_comment_count_words, &words_count_totals, &words_tip_labels, &words_tip_compound_ends,
    &words_byline_prefixes, &words_bio_verbs, &words_name_titles, &words_bio_roles, &words_bio_first_person, &words_name_line_determiners, &words_site_blurb_verbs, &words_toc_labels, &words_taxonomy_labels, &words_taxonomy_mid_labels, &words_reply_actions, &words_tool_links, &words_dateline_prefixes,
    &words_class_furniture_prefixes, &words_class_furniture_words, &words_class_state_prefixes, &words_class_comment_prefixes, &words_class_event_prefixes, &words_class_date_hint_other_before, &words_class_time_hint_other_before, &words_class_time_hint_other_after, &words_class_author_hint_other_after, &words_class_logo_words, &words_class_banner_names, &words_class_label_title_owners,
    &words_class_image_skip_words, &words_class_credit_prefixes, &words_class_dialog_close_words,
    &words_class_comment_section_prefixes, &words_class_comment_author_prefixes,
    &words_class_comment_content_prefixes, &words_class_comment_date_prefixes,
    &words_class_comment_skip_prefixes, &words_class_comment_widget_prefixes,
    &words_class_comment_form_prefixes,
    &words_date_labels, &words_sentence_post_phrases, &words_year_leads, &words_other_era_marks, &words_holiday_words, &words_year_tails, &words_date_name_leads, &words_year_first_words, &words_ky_year_words, &words_date_field_labels, &words_author_field_labels, &words_update_labels, &words_script_date_owners, &words_event_list_titles, &words_period_starts, &words_clock_am_weekdays, &words_clock_units, &words_time_leads, &words_clock_labels, &words_not_story_labels, &words_revision_labels, &words_archive_photo_labels, &words_update_words, &words_schema_article_types, &words_schema_page_types, &words_schema_org_types, &words_schema_forum_types,
    &words_author_prefixes, &words_author_junk, &words_author_credentials, &words_author_academic_titles, &words_author_title_words,
    &words_author_role_nouns, &words_author_tlds, &words_author_tails, &words_author_trailing_labels, &words_author_countries,
    &words_author_roles, &words_author_particles, &words_author_stops, &words_author_stop_particles, &words_author_with_words, &words_author_credit_leads, &words_author_joins,
    &words_author_by_words, &words_author_credit_openers, &words_author_desks, &words_author_name_articles, &words_author_org_units, &words_author_org_last_nouns, &words_author_org_compound_tails, &words_author_place_labels, &words_author_weekdays, &words_author_lower_agencies, &words_author_agency_letters, &words_author_agencies, &words_author_site_articles, &words_author_site_org_nouns, &words_author_paper_nouns, &words_author_blog_nouns,
    &words_quote_speech_verbs,
    &words_quote_participles,
    &words_quote_after_quote,
    &words_quote_according,
    &words_quote_titles,
    &words_quote_role_endings,
    &words_quote_honorifics_bare,
    &words_quote_pronouns_male,
    &words_quote_pronouns_female,
    &words_quote_pronouns_plural,
    &words_quote_pronouns_first,
    &words_quote_between,
    &words_quote_stops,
    &words_quote_determiners,
    &words_quote_name_openers,
    &words_quote_abbrevs,
    &words_quote_first_names_male,
    &words_quote_first_names_female,
    &words_quote_org_words,
    &words_quote_titles_male,
    &words_quote_titles_female,
    &words_quote_be_forms,
    &words_quote_relatives,
    &words_quote_subject_conjunctions,
    &words_quote_clause_conjunctions,
    &words_quote_joiners,
    &words_quote_prepositions,
    &words_quote_complementizers,
    &words_quote_phrase_cues,
    &words_quote_phrase_cues_participle,
    &words_quote_phrase_cues_final,
    &words_quote_phrase_cues_quotes,
    &words_quote_coordinators,
    &words_quote_clause_coordinators,
    &words_quote_contrasts,
    &words_quote_list_coordinators,
    &words_quote_clause_ends_after_quote, &words_quote_participle_leads, &words_quote_name_particles,
    &words_quote_name_particles_lower,
    &words_quote_name_nonstarters,
    &words_quote_name_ranks,
    &words_quote_indefinites,
    &words_quote_impersonal,
    &words_quote_object_cues,
    &words_quote_place_prepositions,
    &words_quote_infinitive_markers,
    &words_quote_noun_verbs,
    &words_quote_time_nouns,
    &words_quote_time_modifiers,
    &words_quote_time_after,
    &words_quote_past_irregular,
    &words_quote_quote_only_verbs,
    &words_quote_free_relatives,
    &words_quote_object_relatives,
    &words_quote_thing_relatives,
    &words_quote_according_heads,
    &words_quote_according_preps,
    &words_quote_according_nouns,
    &words_quote_according_noun_preps,
    &words_quote_agent_markers,
    &words_quote_passive_address_verbs,
    &words_quote_onward_particles,
    &words_quote_auxiliaries,
    &words_quote_speech_nouns,
    &words_quote_possessives_male,
    &words_quote_possessives_female,
    &words_quote_possessives_plural,
    &words_quote_possessives_any,
    &words_quote_possessives_first,
    &words_quote_noun_relatives,
    &words_quote_continuing_participles,
    &words_quote_naming_participles,
    &words_quote_place_nouns,
};
const size_t words_all_count = sizeof words_all / sizeof *words_all;

const words_map *const words_maps_all[] = {&words_months, &words_month_words, &words_vi_month_numbers, &words_class_hints, &words_script_date_keys, &words_clock_markers};
const size_t words_maps_all_count = sizeof words_maps_all / sizeof *words_maps_all;

/* Maps whose words are written as the text writes them, not lower-cased
 * (a legal form's capitals are its spelling: "GmbH"), found ASCII
 * case-blind: test_words checks them sorted and unique case-blind. */
const words_map *const words_maps_spelled[] = {&words_author_legal_forms};
const size_t words_maps_spelled_count = sizeof words_maps_spelled / sizeof *words_maps_spelled;

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The index of m's entry equal to s[0..len), m->n when none: binary search,
 * bytes compared as they are, or with fold ASCII letters folded to lower
 * case (a spelled map, sorted case-blind). Inlined with fold a constant. */
static inline size_t map_search(const words_map *m, const char *s, size_t len, int fold)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unsigned char *e = (const unsigned char *)m->e[mid].w, *a = (const unsigned char *)s;
        /* s[0..len) against the NUL-terminated entry, bytewise as memcmp
         * then the lengths (a prefix sorts first, as in strcmp), in one
         * pass without strlen and memcmp calls: most probes differ in
         * the first byte or two (a month name is looked up for every
         * word after a number in text searched for dates) */
        size_t k = 0;
        if (fold)
            while (k < len && e[k] && lower_ascii(a[k]) == lower_ascii(e[k]))
                k++;
        else
            while (k < len && e[k] && a[k] == e[k])
                k++;
        int c = k == len ? (e[k] ? -1 : 0) : !e[k] ? 1 : fold ? lower_ascii(a[k]) - lower_ascii(e[k]) : (int)a[k] - (int)e[k];
        if (c == 0)
            return mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return m->n;
}

int words_map_find(const words_map *m, const char *s, size_t len)
{
    size_t i = map_search(m, s, len, 0);
    return i < m->n ? m->e[i].v : 0;
}

const words_entry *words_map_entry_ci(const words_map *m, const char *s, size_t len)
{
    size_t i = map_search(m, s, len, 1);
    return i < m->n ? &m->e[i] : NULL;
}

/* Index of the first entry whose first byte is >= c. */
static size_t first_with(const words_table *t, unsigned char c)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)t->w[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int words_prefix(const words_table *t, const char *s)
{
    const unsigned char *a = (const unsigned char *)s;
    for (size_t i = first_with(t, a[0]); i < t->n && (unsigned char)t->w[i][0] == a[0]; i++) {
        const unsigned char *w = (const unsigned char *)t->w[i];
        size_t k = 1;
        while (w[k] && a[k] == w[k])
            k++;
        if (!w[k])
            return 1;
        /* the entries are sorted bytewise: once an entry's byte is above
         * s's where they part, every later entry is above s there or
         * parted from it earlier, so none can start s ("read more"
         * tried, "read the" and later need not be) */
        if (w[k] > a[k])
            return 0;
    }
    return 0;
}

int words_exact(const words_table *t, const char *s, size_t len)
{
    const unsigned char *a = (const unsigned char *)s;
    unsigned char c = len ? a[0] : 0;
    for (size_t i = first_with(t, c); i < t->n && (unsigned char)t->w[i][0] == c; i++) {
        const unsigned char *w = (const unsigned char *)t->w[i];
        size_t k = 1;
        while (k < len && w[k] && a[k] == w[k])
            k++;
        if (k == len && !w[k])
            return 1;
    }
    return 0;
}

int words_suffix(const words_table *t, const char *s, size_t len, int how)
{
    for (size_t i = 0; i < t->n; i++) {
        size_t w = strlen(t->w[i]);
        if (w > len || memcmp(s + len - w, t->w[i], w) != 0)
            continue;
        if (how == WORDS_END_PART ? w < len : (w == len || s[len - w - 1] == ' '))
            return 1;
    }
    return 0;
}

int words_within(const words_table *t, const char *s)
{
    for (size_t i = 0; i < t->n; i++)
        if (strstr(s, t->w[i]))
            return 1;
    return 0;
}

int words_in_value(const words_table *t, const char *v, int prefix)
{
    char w[48];
    size_t n = 0;
    if (!v)
        return 0;
    for (const char *p = v;; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
            if (n + 1 < sizeof w)
                w[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            continue;
        }
        if (n) {
            w[n] = '\0';
            if (prefix ? words_prefix(t, w) : words_exact(t, w, n))
                return 1;
            n = 0;
        }
        if (!ch)
            return 0;
    }
}

int words_exact_ci(const words_table *t, const char *s)
{
    unsigned char c = (unsigned char)lower_ascii((unsigned char)s[0]);
    for (size_t i = first_with(t, c); i < t->n && (unsigned char)t->w[i][0] == c; i++) {
        const char *a = s, *b = t->w[i];
        while (*a && *b && lower_ascii((unsigned char)*a) == (unsigned char)*b)
            a++, b++;
        if (!*a && !*b)
            return 1;
    }
    return 0;
}

size_t words_longest_prefix_ci(const words_table *t, const char *s,
                               int (*fits)(const char *s, size_t len, const char *entry))
{
    unsigned char c = (unsigned char)lower_ascii((unsigned char)s[0]);
    size_t best = 0;
    for (size_t i = first_with(t, c); i < t->n && (unsigned char)t->w[i][0] == c; i++) {
        const char *a = s, *b = t->w[i];
        while (*b && lower_ascii((unsigned char)*a) == (unsigned char)*b)
            a++, b++;
        size_t len = (size_t)(b - t->w[i]);
        if (!*b && len > best && (!fits || fits(s, len, t->w[i])))
            best = len;
    }
    return best;
}

const char *words_find_ci(const words_table *t, const char *s)
{
    for (const char *p = s; *p; p++)
        if (words_longest_prefix_ci(t, p, NULL))
            return p;
    return NULL;
}
