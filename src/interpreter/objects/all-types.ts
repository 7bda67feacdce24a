/**
 * Every type module of the object layer, imported for its registration side effect
 * (`registerTypeInit`). Adding a type module = adding one line here.
 */
import './exception-type';
import './str-type';
import './float-type';
import './none-type';
