package th.prongsai.tenant.user;

/** A municipal user's place in the report's approval chain (officer → head of office → clerk → mayor). */
public enum Position {
    OFFICER,
    HEAD_OF_OFFICE,
    CLERK,
    MAYOR
}
