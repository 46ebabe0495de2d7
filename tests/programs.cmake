# End-to-end tests of the programs: exit statuses and output of `ktimeline`
# and `altman_timeline`, run the way a user runs them. Content is tested in
# C++ (tests/unit/pipeline_test.cpp); here, the contract of interface.md.
set(program_tests_dir "${CMAKE_CURRENT_LIST_DIR}/programs")
set(program_data "${program_tests_dir}/data")

# program_test(NAME PROGRAM target EXIT n [ARGS ...] [INPUT file] [STDOUT ...] [STDERR ...]
#              [MATCHES regex] [OUTPUT_FILE file] [JSON tag] [JSON_SOURCE file] [RECORDS n])
function(program_test name)
  cmake_parse_arguments(T "" "PROGRAM;EXIT;INPUT;MATCHES;OUTPUT_FILE;JSON;JSON_SOURCE;RECORDS" "ARGS;STDOUT;STDERR" ${ARGN})
  string(REPLACE ";" "|" args "${T_ARGS}")
  string(REPLACE ";" "|" stdout_needles "${T_STDOUT}")
  string(REPLACE ";" "|" stderr_needles "${T_STDERR}")
  set(defines -DPROGRAM=$<TARGET_FILE:${T_PROGRAM}> -DARGS=${args} -DEXPECT_EXIT=${T_EXIT})
  if(T_INPUT)
    list(APPEND defines -DINPUT=${T_INPUT})
  endif()
  if(T_STDOUT)
    list(APPEND defines -DSTDOUT_CONTAINS=${stdout_needles})
  endif()
  if(T_STDERR)
    list(APPEND defines -DSTDERR_CONTAINS=${stderr_needles})
  endif()
  if(T_MATCHES)
    list(APPEND defines -DSTDOUT_MATCHES=${T_MATCHES})
  endif()
  if(T_OUTPUT_FILE)
    list(APPEND defines -DOUTPUT_FILE=${T_OUTPUT_FILE})
  endif()
  if(T_JSON)
    list(APPEND defines -DJSON_CHECK=${T_JSON})
  endif()
  if(T_JSON_SOURCE)
    list(APPEND defines -DJSON_SOURCE=${T_JSON_SOURCE})
  endif()
  if(T_RECORDS)
    list(APPEND defines -DJSON_RECORDS=${T_RECORDS})
  endif()
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${defines} -P "${program_tests_dir}/run_program.cmake")
endfunction()

if(TARGET ktimeline_cli)
  set(article "${program_data}/article.txt")
  set(second "${program_data}/second_article.txt")

  program_test(cli.tag.article_fields PROGRAM ktimeline_cli EXIT 0 ARGS tag ${article}
    JSON tag JSON_SOURCE ${article} RECORDS 1
    STDOUT [[{"id":"article.txt","reference":{"value":"2025-02-04T18:05","source":"byline"},"mentions":]]
           [["text":"3일 밤 11시께"]] [["value":"2025-02-03T23:00","mod":"APPROX"]]
           [["value":"2025-02-04T14:40/2025-02-04T16:40","mod":"APPROX"]]
           [["instant":"2025-02-04T17:30+09:00","zone":"Asia/Seoul"]])
  program_test(cli.tag.stdin PROGRAM ktimeline_cli EXIT 0 ARGS tag INPUT ${article}
    JSON tag JSON_SOURCE ${article} RECORDS 1 STDOUT [[{"id":"stdin",]])
  program_test(cli.tag.dash_is_stdin PROGRAM ktimeline_cli EXIT 0 ARGS tag - INPUT ${article}
    STDOUT [[{"id":"stdin",]])
  # --reference is for the documents that state none (interface.md).
  program_test(cli.tag.stated_reference_wins PROGRAM ktimeline_cli EXIT 0
    ARGS tag --reference 2025-03-10T08:00 ${article}
    STDOUT [["reference":{"value":"2025-02-04T18:05","source":"byline"}]] [["value":"2025-02-03T23:00"]])
  program_test(cli.tag.reference_for_documents_without_one PROGRAM ktimeline_cli EXIT 0
    ARGS tag --reference 2025-03-10T08:00 INPUT ${program_data}/no_date.txt
    STDOUT [["reference":{"value":"2025-03-10T08:00","source":"given"}]] [["value":"2025-03-09T23:00"]])
  program_test(cli.tag.json_array PROGRAM ktimeline_cli EXIT 0 ARGS tag --format json ${article} ${article}
    MATCHES "^\\[{\"id\":\"article.txt\".*},\n{\"id\":\"article.txt\".*}\\]\n$")
  program_test(cli.tag.timeml PROGRAM ktimeline_cli EXIT 0 ARGS tag --format timeml ${article}
    STDOUT [[<?xml version="1.0" encoding="UTF-8"?>]] [[<DOCID>article.txt</DOCID>]]
           [[<TIMEX3 tid="t1" type="TIME" value="2025-02-04T18:05">]] [[</TEXT>]])
  program_test(cli.tag.text PROGRAM ktimeline_cli EXIT 0 ARGS tag --format text ${article}
    STDOUT [[# article.txt  (reference 2025-02-04T18:05, byline)]] [[오후 5시 30분께]])
  program_test(cli.tag.output_file PROGRAM ktimeline_cli EXIT 0
    ARGS tag -o ${CMAKE_CURRENT_BINARY_DIR}/cli_output.jsonl ${article}
    OUTPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/cli_output.jsonl JSON tag RECORDS 1)
  program_test(cli.tag.threads_keep_order PROGRAM ktimeline_cli EXIT 0
    ARGS tag --threads 2 --jsonl ${program_data}/three.jsonl ${program_data}/three.jsonl
    JSON tag RECORDS 6
    MATCHES "^({\"id\":\"one\"[^\n]*\n{\"id\":\"two\"[^\n]*\n{\"id\":\"three\"[^\n]*\n)+$")
  program_test(cli.tag.jsonl_reference PROGRAM ktimeline_cli EXIT 0 ARGS tag --jsonl ${program_data}/three.jsonl
    STDOUT [[{"id":"one","reference":{"value":"2025-02-04","source":"given"}]]
           [[{"id":"two","reference":{"value":"2025-02","source":"collection"}]]
           [["value":"2025-02-04T17:30"]])

  # Failures: one JSON line per failed document on stderr, the others still written, exit 1.
  program_test(cli.fail.broken_jsonl_line PROGRAM ktimeline_cli EXIT 1 ARGS tag --jsonl ${program_data}/broken.jsonl
    JSON tag RECORDS 2 STDOUT [[{"id":"first",]] [[{"id":"third",]]
    STDERR [[{"id":"broken.jsonl:2","error":"broken JSON line]])
  program_test(cli.fail.empty_input PROGRAM ktimeline_cli EXIT 1 ARGS tag INPUT ${program_data}/empty.txt
    STDERR [[{"id":"stdin","error":"empty document"}]])
  program_test(cli.fail.invalid_utf8 PROGRAM ktimeline_cli EXIT 1
    ARGS tag ${program_data}/invalid_utf8.txt ${article}
    JSON tag RECORDS 1 STDOUT [[{"id":"article.txt"]]
    STDERR [[{"id":"invalid_utf8.txt","error":"invalid UTF-8 at byte offset 0]])
  program_test(cli.fail.nul_byte PROGRAM ktimeline_cli EXIT 1 ARGS tag ${program_data}/nul.txt
    STDERR [[{"id":"nul.txt","error":"NUL byte at offset 1]])
  program_test(cli.fail.missing_file PROGRAM ktimeline_cli EXIT 1
    ARGS tag ${program_data}/no_such_article.txt ${article}
    JSON tag RECORDS 1 STDERR [[{"id":"no_such_article.txt","error":"cannot open]])

  # Bad usage: exit 2 with a message.
  program_test(cli.usage.unknown_option PROGRAM ktimeline_cli EXIT 2 ARGS tag --no-such-option ${article}
    STDERR "--no-such-option")
  program_test(cli.usage.no_subcommand PROGRAM ktimeline_cli EXIT 2)
  program_test(cli.usage.unknown_zone PROGRAM ktimeline_cli EXIT 2 ARGS tag --tz Mars/Olympus_Mons ${article}
    STDERR "unknown --tz zone 'Mars/Olympus_Mons'")
  program_test(cli.usage.bad_reference PROGRAM ktimeline_cli EXIT 2 ARGS tag --reference 2025-02-30 ${article}
    STDERR "bad --reference")
  program_test(cli.usage.bad_prefer PROGRAM ktimeline_cli EXIT 2 ARGS tag --prefer sideways ${article})
  program_test(cli.usage.bad_window PROGRAM ktimeline_cli EXIT 2 ARGS timeline --window tomorrow ${article}
    STDERR "bad --window")
  program_test(cli.usage.tag_cannot_draw PROGRAM ktimeline_cli EXIT 2 ARGS tag --format svg ${article}
    STDERR "tag cannot write --format svg")
  program_test(cli.usage.help PROGRAM ktimeline_cli EXIT 0 ARGS tag --help
    STDOUT "--reference" "--tz" "--prefer" "--entity" "--window" "--gazetteer" "--format" "--threads" "-o" "--jsonl")
  program_test(cli.usage.events_cannot_draw PROGRAM ktimeline_cli EXIT 2 ARGS events --format ics ${article}
    STDERR "events cannot write --format ics")
  program_test(cli.usage.timeline_not_timeml PROGRAM ktimeline_cli EXIT 2 ARGS timeline --format timeml ${article}
    STDERR "timeline cannot write --format timeml")
  program_test(cli.usage.merge_needs_files PROGRAM ktimeline_cli EXIT 2 ARGS merge)
  program_test(cli.usage.bad_gazetteer PROGRAM ktimeline_cli EXIT 2 ARGS events --gazetteer ${program_data}/broken.jsonl ${article}
    STDERR "bad --gazetteer")

  # events: one record per document, in input order.
  program_test(cli.events.jsonl PROGRAM ktimeline_cli EXIT 0 ARGS events --format jsonl ${article} ${second}
    JSON events RECORDS 2
    STDOUT [[{"id":"article.txt","reference":{"value":"2025-02-04T18:05","source":"byline"},"events":]]
           [["type":"depart","status":"reported","start":"2025-02-04T17:30"]]
           [[{"id":"second_article.txt",]])
  program_test(cli.events.text PROGRAM ktimeline_cli EXIT 0 ARGS events ${article}
    STDOUT [[# article.txt  (reference 2025-02-04T18:05, byline)]] "depart")
  program_test(cli.events.failure_keeps_others PROGRAM ktimeline_cli EXIT 1
    ARGS events --format jsonl ${program_data}/nul.txt ${article}
    JSON events RECORDS 1 STDERR [[{"id":"nul.txt","error":"NUL byte]])

  # timeline: one merged timeline; json keeps the evidence merge needs.
  program_test(cli.timeline.json PROGRAM ktimeline_cli EXIT 0 ARGS timeline --format json --window all ${article} ${second}
    JSON timeline STDOUT [["timezone":"Asia/Seoul"]] [["start":"2025-02-03T23:00"]] [["evidence":{"events":]])
  program_test(cli.timeline.text PROGRAM ktimeline_cli EXIT 0 ARGS timeline --entity 베커 ${article} ${second}
    STDOUT "2월 3일(월)" "~23:00" "~14:40–16:40" "[article,second]")
  program_test(cli.timeline.ics PROGRAM ktimeline_cli EXIT 0 ARGS timeline --format ics ${article}
    STDOUT "BEGIN:VCALENDAR" "DTSTART:20250203T140000Z" "END:VCALENDAR")
  program_test(cli.timeline.svg PROGRAM ktimeline_cli EXIT 0 ARGS timeline --format svg ${article}
    STDOUT "<svg xmlns=\"http://www.w3.org/2000/svg\"" "</svg>")
  program_test(cli.timeline.failure_keeps_others PROGRAM ktimeline_cli EXIT 1
    ARGS timeline --format json ${program_data}/invalid_utf8.txt ${article}
    JSON timeline STDERR [[{"id":"invalid_utf8.txt","error":"invalid UTF-8]])

  # merge: shards merged equal the timeline of all documents at once.
  add_test(NAME cli.merge.round_trip
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:ktimeline_cli> -DFIRST=${article} -DSECOND=${second}
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/merge_round_trip -P "${program_tests_dir}/merge_round_trip.cmake")
  program_test(cli.merge.not_a_timeline PROGRAM ktimeline_cli EXIT 1 ARGS merge ${program_data}/three.jsonl
    STDERR [[{"id":"]] "not JSON")
endif()

if(TARGET altman_timeline)
  program_test(altman_timeline.runs PROGRAM altman_timeline EXIT 0
    STDOUT "샘 올트먼" "2월 4일(화)" "~14:40–16:40" "~17:30")
  program_test(altman_timeline.given_files PROGRAM altman_timeline EXIT 0 ARGS --format json ${program_data}/article.txt
    JSON timeline)
  program_test(altman_timeline.no_timeml PROGRAM altman_timeline EXIT 2 ARGS --format timeml)
endif()
