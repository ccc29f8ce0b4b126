# Writes a man page from a program's own help, so the page and `--help` never disagree.
#   cmake -DPROGRAM=<path to fazhi-cli or fazhi-report> -DNAME=fazhi-cli|fazhi-report -DLANGUAGE=en|zh_CN
#         -DVERSION=<x.y.z> -DOUTPUT=<file.1.gz> -P ManPage.cmake
# Run at build time (Linux): the text comes from the program just built, in the language asked for.

if(NAME STREQUAL "fazhi-cli")
  set(help_command ${CMAKE_COMMAND} -E env FAZHI_LANGUAGE=${LANGUAGE} ${PROGRAM} help)
else()
  # The desktop app builds its help after the application object exists: offscreen, no display needed.
  set(help_command ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PROGRAM} --language ${LANGUAGE} --help)
endif()
execute_process(COMMAND ${help_command} OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "${NAME} printed no help (exit status ${status})")
endif()

# The few words of each page that are not the program's help.
if(LANGUAGE STREQUAL "zh_CN")
  set(section_name "名称")
  set(section_synopsis "概要")
  set(section_description "说明")
  set(section_environment "环境变量")
  set(section_see_also "参见")
  set(cli_summary "法治报告的命令行工具：导入、检查、导出、审核和备份")
  set(gui_summary "法治报告：撰写、检查、审核和发布法治政府建设年度报告")
  set(environment
      "FAZHI_WORKSPACE|未给出 --workspace 时使用的工作区文件"
      "FAZHI_LANGUAGE|提示信息的语言：zh_CN（默认）或 en"
      "FAZHI_BACKUP_DAYS|自动备份保留的天数（默认 14）")
else()
  set(section_name "NAME")
  set(section_synopsis "SYNOPSIS")
  set(section_description "DESCRIPTION")
  set(section_environment "ENVIRONMENT")
  set(section_see_also "SEE ALSO")
  set(cli_summary "the command-line tool of Fazhi Report: import, check, export, review and back up reports")
  set(gui_summary "write, check, review and publish the annual report on building a rule-of-law government")
  set(environment
      "FAZHI_WORKSPACE|the workspace file when --workspace is not given"
      "FAZHI_LANGUAGE|the language of the messages: zh_CN (the default) or en"
      "FAZHI_BACKUP_DAYS|the days automatic backups are kept (default 14)")
endif()

# roff: a backslash is \e, a minus sign \-, and a line must not begin with a control character.
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# QCommandLineParser names the program by the path it was started with.
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
roff_escape("${help}" body)
string(TOUPPER "${NAME}" title)
if(NAME STREQUAL "fazhi-cli")
  set(summary "${cli_summary}")
  set(synopsis ".B fazhi\\-cli\n[\\fB\\-\\-workspace\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n.br\n.B fazhi\\-cli \\-\\-version\n")
  set(see_also ".BR fazhi\\-report (1)\n")
else()
  set(summary "${gui_summary}")
  set(synopsis ".B fazhi\\-report\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR.fazhi]\n")
  set(see_also ".BR fazhi\\-cli (1)\n")
endif()
roff_escape("${summary}" summary)

roff_escape("${NAME}" name)
set(page ".TH ${title} 1 \"\" \"${name} ${VERSION}\" \"Fazhi Report\"\n")
string(APPEND page ".SH ${section_name}\n${name} \\- ${summary}\n")
string(APPEND page ".SH ${section_synopsis}\n${synopsis}")
string(APPEND page ".SH ${section_description}\n.nf\n${body}.fi\n")
string(APPEND page ".SH ${section_environment}\n")
if(NOT NAME STREQUAL "fazhi-cli")
  list(GET environment 0 environment)  # the language and the backups' days are the app's settings
endif()
foreach(entry IN LISTS environment)
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 variable)
  list(GET parts 1 meaning)
  roff_escape("${meaning}" meaning)
  string(APPEND page ".TP\n.B ${variable}\n${meaning}\n")
endforeach()
string(APPEND page ".SH ${section_see_also}\n${see_also}")

get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
file(WRITE "${plain}" "${page}")
find_program(GZIP gzip)
if(GZIP AND OUTPUT MATCHES "\\.gz$")
  # -n: no name or time stamp inside, so the same help gives the same bytes.
  execute_process(COMMAND ${GZIP} -9nf "${plain}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${plain}")
  endif()
endif()
