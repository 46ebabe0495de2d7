// Conjugation bases and ending classes. Korean endings fuse with the stem's
// last syllable (만나 + 았 -> 만났, 마치 + 어 -> 마쳐, 하 + 였 -> 했), so
// bases are generated from the jamo of that syllable; what follows a base is
// then read by its first letters.
#include "event_morphology.hpp"

#include "ktimeline/text.hpp"

namespace ktimeline {
namespace detail {

namespace {

constexpr int final_n = 4;
constexpr int final_l = 8;
constexpr int final_m = 16;
constexpr int final_b = 17;
constexpr int final_ss = 20;

char32_t compose(int initial, int medial, int final) noexcept {
  return hangul::first_syllable + static_cast<char32_t>((initial * 21 + medial) * 28 + final);
}

bool starts(std::string_view s, std::string_view prefix) noexcept { return s.substr(0, prefix.size()) == prefix; }

bool ends(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_any(std::string_view s, std::initializer_list<std::string_view> options) noexcept {
  for (auto o : options) {
    if (s == o) return true;
  }
  return false;
}

Ending make(Form form, Tense tense = Tense::none) noexcept {
  Ending e;
  e.form = form;
  e.tense = tense;
  return e;
}

// The medial a stem vowel becomes when -아/어 fuses into it (ㅣ+어 -> ㅕ).
// -1 when it does not fuse (the ending stays a syllable of its own).
int fused_medial(int medial) noexcept {
  switch (medial) {
    case 0: return 0;    // ㅏ: 만나 -> 만나
    case 4: return 4;    // ㅓ: 서 -> 서
    case 1: return 1;    // ㅐ: 내 -> 내
    case 5: return 5;    // ㅔ
    case 6: return 6;    // ㅕ
    case 20: return 6;   // ㅣ -> ㅕ: 마치 -> 마쳐
    case 8: return 9;    // ㅗ -> ㅘ: 보 -> 봐
    case 13: return 14;  // ㅜ -> ㅝ: 주 -> 줘
    case 18: return 4;   // ㅡ -> ㅓ: 쓰 -> 써
    case 11: return 10;  // ㅚ -> ㅙ: 되 -> 돼
    default: return -1;
  }
}

// What follows the past stem (했, 만났): 다, 고, 던, 다고, 을 ...
Ending past_tail(std::string_view t) noexcept {
  if (t == "다" || t == "습니다" || t == "었다" || t == "다가도") return make(Form::final, Tense::past);
  if (is_any(t, {"다고", "다며", "다면서", "다는", "다고도", "다는데", "었다고", "다던"}))
    return make(Form::quotative, Tense::past);
  if (is_any(t, {"고", "으며", "으면서", "는데", "지만", "으나", "어도", "으니", "고는", "다가", "었고", "었으며", "기에",
                 "기", "기도"})) {
    auto e = make(Form::connective, Tense::past);
    e.progressive_ready = t == "고";
    return e;
  }
  if (t == "던" || t == "었던") return make(Form::adnominal, Tense::past);
  if (t == "을") {
    auto e = make(Form::adnominal, Tense::past);
    e.speculative = true;
    return e;
  }
  if (t == "으면" || t == "더라면") return make(Form::conditional, Tense::past);
  return {};
}

// What may follow the bare stem (하, 만나, 찾).
Ending plain_tail(std::string_view t) noexcept {
  if (t.empty()) return {};
  if (t == "고" || t == "고는" || t == "고도" || t == "고서") {
    auto e = make(Form::connective);
    e.progressive_ready = t == "고";
    return e;
  }
  if (t == "고자" || t == "러" || t == "으러" || t == "려" || t == "려고" || t == "으려" || t == "으려고" ||
      t == "려는" || t == "으려는" || t == "도록")
    return make(Form::purpose);
  if (is_any(t, {"며", "면서", "으며", "으면서", "자", "자마자", "는데", "지만", "나", "으나", "여", "여서", "여도",
                 "아", "어", "아서", "어서", "아도", "어도"}))
    return make(Form::connective);
  if (t == "면" || t == "으면") return make(Form::conditional);
  if (t == "는" || t == "은" || t == "던") return make(Form::adnominal, t == "는" ? Tense::present : Tense::past);
  if (t == "을") return make(Form::adnominal, Tense::future);
  if (t == "음") return make(Form::nominal);
  if (t == "다" || t == "습니다") return make(Form::final, Tense::present);
  if (t == "는다") return make(Form::final, Tense::present);
  if (t == "는다고" || t == "다고" || t == "는다며" || t == "다며" || t == "는다는" || t == "다는")
    return make(Form::quotative, Tense::present);
  if (t == "지" || t == "지는" || t == "지도" || t == "진") return make(Form::negation);
  if (starts(t, "기")) {
    auto e = make(Form::nominal);
    e.nominal_plan = t == "기로";
    return e;
  }
  if (starts(t, "겠")) {
    const auto rest = t.substr(3);
    if (rest == "다") return make(Form::final, Tense::future);
    if (starts(rest, "다")) return make(Form::quotative, Tense::future);
    return make(Form::connective, Tense::future);
  }
  for (std::string_view v : {"였", "았", "었"}) {
    if (starts(t, v)) return past_tail(t.substr(v.size()));
  }
  // An auxiliary after -아/어: 찾아갔다, 찾아와, 전해졌다.
  for (std::string_view v : {"아", "어", "여"}) {
    if (starts(t, v) && t.size() > v.size()) return classify_generic(t.substr(v.size()));
  }
  return {};
}

}  // namespace

std::string encode_utf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

char32_t last_syllable(std::string_view s) noexcept {
  if (s.empty()) return 0;
  // Most words end in a well-formed three-byte character (lead E1-EC, or ED
  // below the surrogates): read it in place instead of stepping back and
  // decoding twice. Same result as the general path below.
  if (s.size() >= 3) {
    const auto b0 = static_cast<unsigned char>(s[s.size() - 3]);
    const auto b1 = static_cast<unsigned char>(s[s.size() - 2]);
    const auto b2 = static_cast<unsigned char>(s[s.size() - 1]);
    if (((b0 >= 0xE1 && b0 <= 0xEC) || (b0 == 0xED && b1 < 0xA0)) && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const auto cp = static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
      return hangul::is_syllable(cp) ? cp : 0;
    }
  }
  const auto p = utf8::previous(s, s.size());
  const auto d = utf8::decode(s, p);
  return hangul::is_syllable(d.cp) ? d.cp : 0;
}

std::vector<ConjugationBase> verb_bases(std::string_view stem) {
  std::vector<ConjugationBase> out;
  if (stem.empty()) return out;
  const auto last_at = utf8::previous(stem, stem.size());
  const auto last = utf8::decode(stem, last_at).cp;
  out.push_back({std::string(stem), BaseKind::plain, false});
  if (!hangul::is_syllable(last)) return out;
  const std::string head(stem.substr(0, last_at));
  const auto j = hangul::decompose(last);
  if (j.final != 0) return out;  // 찾, 갖, 열: the endings start with a vowel (찾아, 찾은)
  auto add = [&](char32_t syllable, BaseKind kind) { out.push_back({head + encode_utf8(syllable), kind, false}); };
  add(compose(j.initial, j.medial, final_n), BaseKind::n);
  add(compose(j.initial, j.medial, final_l), BaseKind::l);
  add(compose(j.initial, j.medial, final_m), BaseKind::m);
  add(compose(j.initial, j.medial, final_b), BaseKind::b);
  if (last == U'하') {
    add(U'해', BaseKind::connective);
    add(U'했', BaseKind::past);
    return out;
  }
  const int fused = fused_medial(j.medial);
  if (fused >= 0) {
    add(compose(j.initial, fused, 0), BaseKind::connective);
    add(compose(j.initial, fused, final_ss), BaseKind::past);
  }
  return out;
}

std::vector<ConjugationBase> light_verb_bases() {
  auto out = verb_bases("하");
  for (auto b : verb_bases("되")) {
    b.passive = true;
    out.push_back(std::move(b));
  }
  return out;
}

Ending classify_tail(BaseKind kind, std::string_view t) noexcept {
  switch (kind) {
    case BaseKind::plain: return plain_tail(t);
    case BaseKind::connective:
      if (t.empty() || t == "서" || t == "도" || t == "야" || t == "서는") return make(Form::connective);
      if (starts(t, "서") && t.size() > 3) return {};
      return classify_generic(t);  // 해왔다, 마쳐야, 전해졌다
    case BaseKind::past: return past_tail(t);
    case BaseKind::n: {
      if (t.empty()) return make(Form::adnominal, Tense::past);
      if (t == "다" || t == "다는데") return make(Form::final, Tense::present);
      if (t == "다고" || t == "다며" || t == "다는" || t == "다면서") return make(Form::quotative, Tense::present);
      if (t == "다면") return make(Form::conditional);
      if (t == "데" || t == "지" || t == "채") return make(Form::connective);
      for (std::string_view r : {"뒤", "후", "뒤에", "후에", "다음"}) {
        if (t == r) {
          auto e = make(Form::adnominal, Tense::past);
          e.glued_relation = r;
          return e;
        }
      }
      return {};
    }
    case BaseKind::l:
      if (t.empty()) return make(Form::adnominal, Tense::future);
      if (t == "지" || t == "지는" || t == "까" || t == "지도") return make(Form::question);
      if (t == "것" || t == "것이다") return make(Form::final, Tense::future);
      return {};
    case BaseKind::m:
      // 만남은, 참석함으로: a noun; `함께` and the like are other words.
      if (is_any(t, {"", "은", "을", "이", "도", "으로", "에", "에는", "으로써"})) return make(Form::nominal);
      return {};
    case BaseKind::b:
      if (t == "니다") return make(Form::final, Tense::present);
      if (t == "니까") return make(Form::question);
      return {};
  }
  return {};
}

Ending classify_generic(std::string_view w) noexcept {
  if (w.empty()) return {};
  if (ends(w, "다고") || ends(w, "라고") || ends(w, "다며") || ends(w, "라며") || ends(w, "다는") || ends(w, "라는")) {
    const auto before = last_syllable(w.substr(0, w.size() - 6));
    return make(Form::quotative, hangul::final_index(before) == final_ss ? Tense::past : Tense::present);
  }
  const auto last = last_syllable(w);
  if (last == 0) return {};
  if (last == U'다') {
    const auto before = last_syllable(w.substr(0, w.size() - 3));
    if (hangul::final_index(before) == final_ss) return make(Form::final, Tense::past);
    return make(Form::final, Tense::present);
  }
  if (last == U'고') {
    auto e = make(Form::connective);
    e.progressive_ready = true;
    return e;
  }
  if (last == U'며' || last == U'서' || last == U'데' || last == U'만') return make(Form::connective);
  if (last == U'해' || last == U'져' || last == U'와' || last == U'가') return make(Form::connective);
  const int f = hangul::final_index(last);
  if (last == U'던') return make(Form::adnominal, Tense::past);
  if (f == final_n) return make(Form::adnominal, last == U'는' ? Tense::present : Tense::past);
  if (f == final_l) return make(Form::adnominal, Tense::future);
  return {};
}

}  // namespace detail
}  // namespace ktimeline
