window.loaded.push('first-a');
