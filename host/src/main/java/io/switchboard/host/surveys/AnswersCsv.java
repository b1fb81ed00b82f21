package io.switchboard.host.surveys;

import java.util.List;

/** Answers as CSV (RFC 4180): one row per answer, text quoted where needed. */
final class AnswersCsv {

    static final String HEADER = "request_id,survey,conversation_id,contact_id,channel,agent_id,team_id,value,"
            + "scale_min,scale_max,comment,source,first_answered_at,answered_at";

    private AnswersCsv() {
    }

    static String of(List<AnswerView> answers) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AnswerView a : answers) {
            csv.append(a.requestId()).append(',').append(cell(a.survey())).append(',').append(a.conversationId())
                    .append(',').append(a.contactId()).append(',').append(cell(a.channel())).append(',')
                    .append(a.agentId() == null ? "" : a.agentId()).append(',')
                    .append(a.teamId() == null ? "" : a.teamId()).append(',').append(a.value()).append(',')
                    .append(a.scaleMin()).append(',').append(a.scaleMax()).append(',').append(cell(a.comment()))
                    .append(',').append(cell(a.source())).append(',').append(a.firstAnsweredAt()).append(',')
                    .append(a.answeredAt()).append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a cell; a leading formula character is defused so spreadsheets do not run it. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("[^\",\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
