/**
 * Signing keys and the tokens signed with them: user tokens, service tokens for {@code /internal/**}, the JWKS
 * document and the decoder by which this service verifies its own tokens. Uses no other module.
 */
@NullMarked
package th.prongsai.tenant.tokens;

import org.jspecify.annotations.NullMarked;
