/**
 * Every type module of the object layer, imported for its registration side effect
 * (`registerTypeInit`). Adding a type module = adding one line here.
 */
import './exception-type';
import './str-type';
import './float-type';
import './none-type';
import './complex';
import './slice';
import './iterators';
import './tuple-type';
import './list-type';
import './str-methods';
import './bytes';
import './formatting';
import './dict-type';
import './set';
import './range';
import './instance-descriptors';
import './weakref-type';
import './descr-types';
import './exception-extras';
import './genericalias';
import './unionobject';
import './mappingproxy';
import './memoryview';
