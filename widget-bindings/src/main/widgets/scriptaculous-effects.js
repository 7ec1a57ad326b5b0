/**
 * @fileoverview Definitions of the visual effects of script.aculo.us 1.9 on Prototype 1.7, as the
 * functions script.aculo.us adds to every element (Effect.Methods): each takes the element's id
 * and starts the effect at once. Pages declare the library "scriptaculous"; see the descriptor
 * dev.encke.bindings.scriptaculous.Effect for the scripts it loads.
 */

/**
 * Options every effect understands. Durations and delays are in seconds.
 * @record
 */
Effect.EffectOptions = function () {};

/**
 * How long the effect runs, in seconds; 1 unless given.
 * @type {(number|undefined)}
 */
Effect.EffectOptions.prototype.duration;

/**
 * How long to wait before the effect starts, in seconds; 0 unless given.
 * @type {(number|undefined)}
 */
Effect.EffectOptions.prototype.delay;

/**
 * Frames per second at most; 100 unless given.
 * @type {(number|undefined)}
 */
Effect.EffectOptions.prototype.fps;

/**
 * Where the effect starts, between 0 and 1 (for fades: the opacity); 0 unless given.
 * @type {(number|undefined)}
 */
Effect.EffectOptions.prototype.from;

/**
 * Where the effect ends, between 0 and 1 (for fades: the opacity); 1 unless given.
 * @type {(number|undefined)}
 */
Effect.EffectOptions.prototype.to;

/**
 * How the effect joins the ones already running: "parallel" (the default), "front", "end" or
 * "with-last".
 * @type {(string|undefined)}
 */
Effect.EffectOptions.prototype.queue;

/**
 * What the server runs when the effect has finished in the page.
 * @type {(function()|undefined)}
 */
Effect.EffectOptions.prototype.afterFinish;

/**
 * Options of shake.
 * @record
 */
Effect.ShakeOptions = function () {};

/**
 * How far the element moves to each side, in pixels; 20 unless given.
 * @type {(number|undefined)}
 */
Effect.ShakeOptions.prototype.distance;

/**
 * How long the whole shake takes, in seconds; 0.5 unless given.
 * @type {(number|undefined)}
 */
Effect.ShakeOptions.prototype.duration;

/**
 * Options of pulsate.
 * @record
 */
Effect.PulsateOptions = function () {};

/**
 * How many times the element fades out and in; 5 unless given.
 * @type {(number|undefined)}
 */
Effect.PulsateOptions.prototype.pulses;

/**
 * How long all pulses take, in seconds; 2 unless given.
 * @type {(number|undefined)}
 */
Effect.PulsateOptions.prototype.duration;

/**
 * The lowest opacity, between 0 and 1; 0 unless given.
 * @type {(number|undefined)}
 */
Effect.PulsateOptions.prototype.from;

/**
 * What the server runs when the effect has finished in the page.
 * @type {(function()|undefined)}
 */
Effect.PulsateOptions.prototype.afterFinish;

/**
 * Options of highlight. Colours are written "#rrggbb".
 * @record
 */
Effect.HighlightOptions = function () {};

/**
 * The colour the background starts from; "#ffff99" (pale yellow) unless given.
 * @type {(string|undefined)}
 */
Effect.HighlightOptions.prototype.startcolor;

/**
 * The colour the background fades to; the element's own background colour unless given.
 * @type {(string|undefined)}
 */
Effect.HighlightOptions.prototype.endcolor;

/**
 * The background colour the element keeps afterwards; its own unless given.
 * @type {(string|undefined)}
 */
Effect.HighlightOptions.prototype.restorecolor;

/**
 * Whether a background image stays visible during the effect; false unless given.
 * @type {(boolean|undefined)}
 */
Effect.HighlightOptions.prototype.keepBackgroundImage;

/**
 * How long the fade takes, in seconds; 1 unless given.
 * @type {(number|undefined)}
 */
Effect.HighlightOptions.prototype.duration;

/**
 * What the server runs when the effect has finished in the page.
 * @type {(function()|undefined)}
 */
Effect.HighlightOptions.prototype.afterFinish;

/**
 * The effects of script.aculo.us, each started on the element with the given id. Effects run in
 * the page on their own timer; a call returns at once.
 * @const
 */
Effect.Methods = {};

/**
 * Shakes the element from side to side, as to say no: the talk's Effect.shake("price").
 * @param {string} id the id of the element
 * @param {!Effect.ShakeOptions=} options how far and how long
 */
Effect.Methods.shake = function (id, options) {};

/**
 * Flashes the element's background to a colour and fades it back (the "yellow fade").
 * @param {string} id the id of the element
 * @param {!Effect.HighlightOptions=} options the colours and duration
 */
Effect.Methods.highlight = function (id, options) {};

/**
 * Fades the element out, then hides it.
 * @param {string} id the id of the element
 * @param {!Effect.EffectOptions=} options duration, delay and opacities
 */
Effect.Methods.fade = function (id, options) {};

/**
 * Shows the element and fades it in.
 * @param {string} id the id of the element
 * @param {!Effect.EffectOptions=} options duration, delay and opacities
 */
Effect.Methods.appear = function (id, options) {};

/**
 * Fades the element out and in a number of times.
 * @param {string} id the id of the element
 * @param {!Effect.PulsateOptions=} options how many pulses and how long
 */
Effect.Methods.pulsate = function (id, options) {};

/**
 * Rolls the element up like a blind, then hides it.
 * @param {string} id the id of the element
 * @param {!Effect.EffectOptions=} options duration and delay
 */
Effect.Methods.blindUp = function (id, options) {};

/**
 * Shows the element and rolls it down like a blind.
 * @param {string} id the id of the element
 * @param {!Effect.EffectOptions=} options duration and delay
 */
Effect.Methods.blindDown = function (id, options) {};

/**
 * Changes the element's style gradually to the given one: numbers, lengths and colours in steps,
 * the rest at the end.
 * @param {string} id the id of the element
 * @param {(string|!Object<string, string>)} style CSS declarations such as
 *     "background-color: #ffcccc; width: 200px", a CSS class name whose style to take, or the CSS
 *     properties by name
 * @param {!Effect.EffectOptions=} options duration and delay
 */
Effect.Methods.morph = function (id, style, options) {};
