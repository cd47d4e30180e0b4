package th.prongsai.web.admin;

import org.springframework.ui.Model;

/**
 * A page that asks "are you sure?" before an action that is hard to undo (disabling an account, deleting a
 * template): a real page with a POST button and a way back, so it works without JavaScript.
 *
 * @param key    message prefix: {@code <key>.title}, {@code <key>.body} (with {0} = what), {@code <key>.button}
 * @param what   the account or template concerned, as the person knows it
 * @param action where the confirming form posts
 * @param danger whether the button is a destructive one
 * @param back   where "cancel" goes
 */
record Confirmation(String key, String what, String action, boolean danger, String back) {

    static Confirmation of(String key, String what, String action, boolean danger, String back) {
        return new Confirmation(key, what, action, danger, back);
    }

    public String show(Model model) {
        model.addAttribute("confirmation", this);
        return "admin/confirm";
    }
}
